"""lagaffektiv: practise meeting aggressive patients and companions the low-affective way.

Everything outside ``lagaffektiv.app`` is the Qt-free core; ``lagaffektiv.app`` presents it.
"""

__version__ = "0.1.0"
