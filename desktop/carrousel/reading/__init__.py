"""Reading articles: files and folders in, `Document`s (text, segments, publication date) out.

`Document.text` is the decoded text with any byte-order mark removed and line breaks normalised to
"\\n" (for HTML: the extracted title and main text); every span indexes that string.
"""
from carrousel.reading.collect import iter_documents, read_corpus, read_document
from carrousel.reading.errors import ReadError
from carrousel.reading.files import SUPPORTED_SUFFIXES
from carrousel.reading.layout import segment

__all__ = ["SUPPORTED_SUFFIXES", "ReadError", "iter_documents", "read_corpus", "read_document", "segment"]
