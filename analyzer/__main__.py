from dbperf.cli import main

main()
