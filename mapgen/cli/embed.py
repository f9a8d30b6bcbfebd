"""``mapgen embed``: print an iframe snippet for a saved map."""

from __future__ import annotations

import click

from ..embed import embed_snippet
from .main import handle_errors, main


@main.command()
@click.argument("map_file", required=False, type=click.Path(dir_okay=False), metavar="[MAP]")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="The map to embed (default: build/map.html).")
@click.option("--width", default="100%", show_default=True, help="Frame width: pixels or a CSS size.")
@click.option("--height", default="600", show_default=True, help="Frame height: pixels or a CSS size.")
@click.option("--inline", is_flag=True, help="Put the whole map into the snippet (srcdoc).")
@handle_errors
def embed(map_file: str | None, output: str | None, width: str, height: str, inline: bool) -> None:
    """Print an <iframe> snippet that shows a map in a web page or web slides.

    \b
    Examples:
      mapgen embed                         # for build/map.html
      mapgen embed -o out/map.html --height 720
      mapgen embed --inline > slide-snippet.html
    """
    path = map_file or output or "build/map.html"
    click.echo(embed_snippet(path, width=width, height=height, inline=inline))
