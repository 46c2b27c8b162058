"""Qt item models fed with the services' plain read objects."""
