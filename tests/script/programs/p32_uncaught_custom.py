# A traceback through a method and a custom exception class.
class ConfigError(Exception):
    pass

class Loader:
    def __init__(self, settings):
        self.settings = settings

    def get(self, key):
        if key not in self.settings:
            raise ConfigError("missing setting: " + key)
        return self.settings[key]

loader = Loader({"debug": True})
print(loader.get("debug"))
loader.get("port")
