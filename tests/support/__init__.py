"""Helpers shared by several test areas (subprocess targets and the like)."""
