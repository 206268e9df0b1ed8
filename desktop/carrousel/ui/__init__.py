"""The PySide6 window and PNG export: the only part of Carrousel that imports Qt.

`app.run_app` opens the window and `export.export_png_cli` draws the timeline without one; both are
what the `carrousel` command calls. Layout decisions live in `carrousel.timeline`; this package only
maps them to pixels and wires widgets together.
"""
