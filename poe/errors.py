"""The one exception type for bad user input.

Entry scripts catch `InputError` (and its subclasses, such as `poe.config.ConfigError`) in `poe.runs.main_guard`,
print its message as one line on stderr and exit with status 2. The message names the file or value and the fix.
"""


class InputError(ValueError):
    """Bad input from the user: a file, a value or a config. The message is one line naming it and the fix."""
