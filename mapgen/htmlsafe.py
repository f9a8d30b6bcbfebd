"""The one place that turns untrusted text into HTML.

folium escapes nothing: popup and tooltip strings are raw HTML spliced into
JavaScript template literals, and Leaflet sets layer names with innerHTML. So
every user-visible string goes through :func:`escape`, which HTML-escapes and
also replaces the characters that break out of a template literal (backslash,
backtick, ``$``) with character references. :func:`html` builds markup from a
trusted template and escaped values; :func:`link` refuses any URL that is not
http(s).
"""

from __future__ import annotations

import html as _html
from typing import Any
from urllib.parse import urlsplit

_EXTRA = str.maketrans({"\\": "&#92;", "`": "&#96;", "$": "&#36;"})


class Markup(str):
    """A string that is already safe HTML (built by this module)."""

    __slots__ = ()


def escape(value: Any) -> Markup:
    """Escape any value for HTML inside a JavaScript template literal.

    Examples
    --------
    >>> escape("<img src=x onerror=alert(1)> ${x} `")
    '&lt;img src=x onerror=alert(1)&gt; &#36;{x} &#96;'
    """
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    # Control characters have no business in a map; drop them (keep \n and \t).
    text = "".join(ch for ch in text if ch in "\n\t" or ch >= " " and ch != "\x7f")
    return Markup(_html.escape(text, quote=True).translate(_EXTRA))


def html(template: str, **values: Any) -> Markup:
    """Fill a trusted ``str.format`` template with escaped values.

    Values that are :class:`Markup` are inserted as they are.
    """
    if "`" in template or "${" in template or "\\" in template:
        raise ValueError("HTML templates must not contain backticks, '${' or backslashes")
    return Markup(template.format(**{k: escape(v) for k, v in values.items()}))


def join(parts: list[Markup] | tuple[Markup, ...], sep: str = "") -> Markup:
    return Markup(escape(sep).join(escape(p) for p in parts))


def safe_url(url: str | None) -> str | None:
    """Return the URL when it is http(s) with a host, else None (never a ``javascript:`` link)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def link(text: Any, url: str | None) -> Markup:
    """A link that opens safely in a new tab, or plain escaped text when the URL is not http(s)."""
    href = safe_url(url)
    if href is None:
        return escape(text)
    return html('<a href="{href}" target="_blank" rel="noopener noreferrer">{text}</a>', href=href, text=text)
