"""Input and output: importers (Démarches Simplifiées exports), exporters, PDF, signatures."""
