"""Self-contained HTML: every CDN link replaced by the shipped file or removed."""

from __future__ import annotations

import folium

from mapgen.assets import _local_file, css_text, external_references, inline_assets


def test_default_folium_page_becomes_self_contained() -> None:
    page = folium.Map(location=[35, 40], zoom_start=5).get_root().render()
    assert len(external_references(page)) >= 8  # folium's CDN links, as measured in the notes
    out = inline_assets(page)
    assert external_references(out) == []
    assert "leaflet.js (inlined)" in out and "leaflet.css (inlined)" in out
    # what we do not ship (jQuery, Bootstrap, Font Awesome) is removed, never left as a request
    head = out.split("<body>")[0].lower()
    for name in ("code.jquery.com", "bootstrap", "fontawesome", "awesome-markers"):
        assert name not in head


def test_leaflet_css_images_become_data_uris() -> None:
    path = _local_file("leaflet.css")
    assert path is not None
    text = css_text(path)
    assert "url(images/" not in text
    assert text.count("data:image/png;base64,") >= 3  # layers, layers-2x, marker icon


def test_external_reference_detector_catches_each_kind() -> None:
    for snippet in ('<script src="https://x.org/a.js"></script>',
                    '<link rel="stylesheet" href="//x.org/a.css">',
                    '<img src="http://x.org/a.png">', "div { background: url(https://x.org/a.png) }",
                    "@import url(a.css);"):
        assert external_references(snippet), snippet
    assert external_references('<a href="https://example.org" rel="noopener noreferrer">x</a>') == []
    assert external_references('<img src="data:image/png;base64,AAAA">') == []


def test_inlined_script_cannot_close_its_element() -> None:
    page = '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>'
    out = inline_assets(page)
    assert out.count("</script>") == 1
