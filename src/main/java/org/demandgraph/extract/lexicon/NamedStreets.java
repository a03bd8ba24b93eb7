package org.demandgraph.extract.lexicon;

/** A street, road or route told by its name ("Harbor Street", "Delmar Boulevard", "Murfree Pike", "Route 9"). */
public final class NamedStreets {

    /**
     * A regex of a named street: one to three capitalised words (capitals whatever the pattern's case flag) and a street
     * word, or a numbered route. "on the street" is not a name.
     */
    public static final String NAME = "(?:(?-i:[A-Z])[\\w'-]*\\s+){1,3}"
            + "(?-i:Street|St\\.|Road|Avenue|Ave\\.|Boulevard|Pike|Highway|Drive|Lane|Parkway|Turnpike|Row|Strip|Corridor)\\b"
            + "|(?-i:Route|Highway|Interstate|U\\.S\\.|US)\\s+\\d+\\b"
            // a street named in Spanish, its word first ("Calle Paloma", "Avenida Central", "Camino Real")
            + "|(?-i:Calle|Avenida|Camino)\\s+(?-i:[A-Z])[\\w'-]*\\b";

    private NamedStreets() {}
}
