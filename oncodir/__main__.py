"""Allow ``python -m oncodir``."""

from oncodir.cli import main

if __name__ == "__main__":
    main()
