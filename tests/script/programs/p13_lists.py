# Lists: methods, slicing, comprehensions, nesting.
nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 0)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.index(8), nums.count(3))
nums.remove(9)
print(nums)
nums.sort()
print(nums)
nums.reverse()
print(nums, sorted(nums), sorted(nums, reverse=True))
print(nums[1:4], nums[-3:], nums[::3], nums[::-2], nums[10:])
copy = nums[:]
copy[0] = 100
print(nums[0], copy[0])
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[0]
del nums[-2:]
print(nums)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, grid[1][2], [row[1] for row in grid])
flat = [x for row in grid for x in row if x % 2 == 0]
print(flat)
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 in [1, 2, 3], [1, 2] == [1, 2], [1, 2] < [1, 3])
print(list(range(5)), list("abc"), list((1, 2)), list(reversed([1, 2, 3])))
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        stack.pop()
print("balanced" if not stack else "unbalanced", len(nums))
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), [w[0] for w in words])
matrix = [[1, 2], [3, 4]]
print([list(col) for col in zip(*matrix)])
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b, a.copy() is a)
a.clear()
print(a, b)
