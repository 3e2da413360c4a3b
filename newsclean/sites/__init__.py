"""Site profiles: ``profile`` loads and checks them; ``profiles/NAME.yaml`` are the shipped ones."""
