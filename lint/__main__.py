"""`python -m lint`: the same as the `factlint` command."""

from lint.cli import main

if __name__ == "__main__":
    main()
