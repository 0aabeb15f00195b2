"""Safe file names for document ids and annotator names.

Whatever a user imports, a name can never leave the project folder: path
separators, ``..``, absolute paths, control characters, Windows reserved
names (CON, NUL, COM1 ...) and over-long names are replaced, and a short
hash of the original keeps different ids apart.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}$")
_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9_\-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


@lru_cache(maxsize=1 << 16)  # asked for each document and annotator by every listing
def safe_stem(name: str) -> str:
    """A file-name stem for ``name`` that is safe on Linux, macOS and Windows.

    Plain ASCII ids (``000_71c18c4cc336aa8a``, ``doc-12``) are kept as they
    are; anything else becomes an ASCII slug plus 10 hex digits of its SHA-1,
    so two ids never share a file.
    """
    stem_base = name.split(".")[0].lower()
    if _SAFE.match(name) and not name.endswith(".") and stem_base not in _RESERVED \
            and ".." not in name:
        return name
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    slug = _UNSAFE_CHARS.sub("_", name).strip("_")[:40]
    if slug.split(".")[0].lower() in _RESERVED:
        slug = "_" + slug
    return f"{slug}-{digest}" if slug else f"id-{digest}"
