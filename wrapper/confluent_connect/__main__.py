"""`python -m confluent_connect`: the same as the `confluent-connect` command."""

import sys

from .cli import main

sys.exit(main())
