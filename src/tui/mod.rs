//! The terminal app: a thin layer that turns keys into domain commands and draws the session.
