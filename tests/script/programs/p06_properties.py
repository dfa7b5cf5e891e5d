# property, setter, staticmethod, classmethod.
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def describe(value):
        return "%.1f degrees" % value

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def which(cls):
        return cls.__name__

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.describe(3.14159), t.describe(2))
print(Temperature.freezing().celsius, Temperature.which())

class Kelvin(Temperature):
    scale = "K"

print(Kelvin.freezing().fahrenheit, Kelvin.which(), Kelvin(5).scale)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def created(cls):
        return cls.instances
Counter(); Counter(); Counter()
print(Counter.created())
