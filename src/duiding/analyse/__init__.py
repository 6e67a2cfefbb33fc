"""Per-article analysis: a pure function of an ``Article`` and the project's resources."""

from duiding.analyse.compiled import install as _use_compiled_if_current

_use_compiled_if_current()  # before the extractors below are imported

from duiding.analyse.pipeline import ANALYSIS_VERSION, AnalysisOptions, analyse_article  # noqa: E402

__all__ = ["ANALYSIS_VERSION", "AnalysisOptions", "analyse_article"]
