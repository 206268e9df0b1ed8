from carrousel.cli import main

raise SystemExit(main())
