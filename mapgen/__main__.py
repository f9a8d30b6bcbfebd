from mapgen.cli import main

main(prog_name="mapgen")
