"""Qt item models over the services' read models (frozen dataclasses)."""
