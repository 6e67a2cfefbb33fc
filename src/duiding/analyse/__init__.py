"""Per-article analysis: a pure function of an ``Article`` and the project's resources."""

from duiding.analyse.pipeline import ANALYSIS_VERSION, AnalysisOptions, analyse_article

__all__ = ["ANALYSIS_VERSION", "AnalysisOptions", "analyse_article"]
