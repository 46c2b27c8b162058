"""Demo and benchmark centres, built through the services like any other caller (the window, the cli).

``centre`` writes a whole centre (``create_demo``); each area adds its records through its own step
(``decisions``, ``hours``, ``meetings``, ``rota``, ``workshops``); ``folders`` keeps the temporary folders
of the demos opened from the window. Nothing of Cercle below the ui and the cli imports this package.
"""
