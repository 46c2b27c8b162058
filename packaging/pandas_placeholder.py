"""Runtime hook of the packaged Cercle: a placeholder for pandas, which the build leaves out (about 85 MB).

OR-Tools' ``cp_model`` imports pandas at its top only for its ``*_series`` helpers (variables indexed by a
pandas Index), which Cercle never calls; Cercle's rota needs the rest of ``cp_model``. Nothing else in the
build imports pandas. Using the placeholder's Index or Series raises an ImportError that says so.
"""

import sys
import types


def _not_bundled(*_args, **_kwargs):
    raise ImportError("pandas is not part of the packaged Cercle")


if "pandas" not in sys.modules:
    placeholder = types.ModuleType("pandas", __doc__)
    placeholder.Index = type("Index", (), {"__new__": _not_bundled})
    placeholder.Series = type("Series", (), {"__new__": _not_bundled})
    sys.modules["pandas"] = placeholder
