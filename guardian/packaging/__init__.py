"""Building Guardian's packages: the Debian package and the Windows installer, for a release and
for a school's build (`guardian school build`)."""
