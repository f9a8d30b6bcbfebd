"""Near-duplicate reports: the same story republished by several outlets (pure).

Word 3-shingles of the folded body, a 96-value MinHash signature and 12 LSH
bands of 8 rows find candidates quickly (a pair at Jaccard 0.9 shares a band
with probability 0.999, a pair at 0.5 with 0.05); a candidate is a duplicate when the
exact Jaccard similarity of the shingle sets is at least :data:`THRESHOLD`.
Hashes are CRC32 and a fixed multiply-shift family, so signatures are the same
in every process and on every machine (Python's ``hash`` is salted per process).
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

THRESHOLD = 0.9
NUM_PERM = 96
BANDS = 12
ROWS = NUM_PERM // BANDS
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)
_RNG = np.random.default_rng(0x6D617067)
_A = _RNG.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)


def shingles(body: str) -> frozenset[int]:
    """The set of hashed word 3-grams of ``body`` (case-folded)."""
    words = _WORD.findall(body.casefold())
    if len(words) < SHINGLE:
        return frozenset({zlib.crc32(" ".join(words).encode())})
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)
    )


def signature(sh: frozenset[int]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a shingle set."""
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    with np.errstate(over="ignore"):
        hashed = (np.outer(x, _A) + _B) >> np.uint64(32)  # multiply-shift hashing, wraps mod 2**64
    return hashed.min(axis=0).astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 63-bit key per band; two reports sharing any key are candidates."""
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(
            sig[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8, person=bytes([b])
        ).digest()
        out.append(int.from_bytes(digest, "big") >> 1)
    return out


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)
