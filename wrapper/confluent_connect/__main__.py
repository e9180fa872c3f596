"""`python -m confluent_connect`: the same as the `confluent-connect` command."""

from .cli import main

raise SystemExit(main())
