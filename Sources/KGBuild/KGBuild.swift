/// Build: corpus → documents → extraction → store, re-reading only changed pages.
public enum KGBuild {}
