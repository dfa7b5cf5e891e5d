# Polymorphism with an abstract-style base class.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return Circle.PI * self.r ** 2

shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 1)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).describe(), min(shapes, key=lambda s: s.area()).describe())
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print([isinstance(s, Rect) for s in shapes], Square.__mro__[1].__name__)
print(sum(s.area() for s in shapes))
