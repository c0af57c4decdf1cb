"""Readers: one per format, each turning bytes into Documents or typed rejections."""
