# Classes, inheritance, super(), class attributes.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "..."

    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "Woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"


for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
print(Animal.count, Dog.count, Puppy.kind, Puppy("X", 2).age)
print(isinstance(Puppy("Y", 3), Animal), isinstance(Dog("Z"), Puppy), issubclass(Puppy, Dog))
print(Puppy.__name__, Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
d = Dog("Fido")
d.kind = "good dog"
print(d.describe(), Dog.kind, hasattr(d, "age"), getattr(d, "age", -1))
setattr(d, "age", 5)
print(d.age, type(d).__name__, type(d) is Dog, d.__class__.__name__)

class Base(object):
    def __init__(self):
        self.trail = ["Base"]

class Left(Base):
    def __init__(self):
        super(Left, self).__init__()
        self.trail.append("Left")

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Both")

print(Both().trail, [k.__name__ for k in Both.__mro__])
