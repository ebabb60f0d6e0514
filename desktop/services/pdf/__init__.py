"""PDF reports: fonts, the text engine for mixed Tibetan and Chinese, the document frame."""
