package org.demandgraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.demandgraph.vocab.Slugs;

/**
 * Deterministic synthetic profiles in the site's format. Profile {@code i} of a run depends only on
 * (seed, i), so profiles are generated in parallel, streamed to disk one file at a time, and the same
 * seed gives byte-identical files. Every (title, state) is distinct within a run.
 */
public final class ProfileGenerator {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long seed;

    public ProfileGenerator(long seed) {
        this.seed = seed;
    }

    /** Profile number {@code index} of this run. */
    public GeneratedProfile profile(long index) {
        Dice dice = new Dice(seed, index);
        Place place = place(index, dice);
        String text = ProfilePage.render(dice, place);
        if (dice.chance(0.05)) text = text.replace("\n", "\r\n");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (dice.chance(0.03)) {
            byte[] withBom = new byte[utf8.length + BOM.length];
            System.arraycopy(BOM, 0, withBom, 0, BOM.length);
            System.arraycopy(utf8, 0, withBom, BOM.length, utf8.length);
            utf8 = withBom;
        }
        return new GeneratedProfile(fileName(place), utf8);
    }

    /** Writes profiles 0..count-1 into {@code out} (created if needed); returns the bytes written. */
    public long write(Path out, long count) throws IOException {
        Files.createDirectories(out);
        AtomicLong bytes = new AtomicLong();
        try {
            LongStream.range(0, count).parallel().forEach(i -> {
                GeneratedProfile profile = profile(i);
                try {
                    Files.write(out.resolve(profile.fileName()), profile.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(profile.bytes().length);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return bytes.get();
    }

    static Place place(long index, Dice dice) {
        States.State state = PlaceNames.state(index);
        String base = PlaceNames.baseName(index);
        String code = state.code();
        double r = dice.unit();
        Place.Kind kind;
        if (code.equals("LA") && r < 0.3) kind = Place.Kind.PARISH;
        else if (r < 0.22 && !code.equals("DC")) kind = Place.Kind.COUNTY;
        else if (r < 0.40 && "NJ PA MI OH IN MN IL".contains(code)) kind = Place.Kind.TOWNSHIP;
        else if (r < 0.45 && "CT MA NH VT ME NY WI RI".contains(code)) kind = Place.Kind.TOWN;
        else kind = Place.Kind.CITY;
        String name = switch (kind) {
            case COUNTY -> base + " County";
            case PARISH -> base + " Parish";
            case TOWNSHIP -> base + " Township";
            default -> base;
        };
        double exponent = kind.county ? 4.0 + 2.3 * dice.unit() : 3.0 + 2.9 * dice.unit() * dice.unit();
        return new Place(name, kind, state, (int) Math.pow(10, exponent));
    }

    static String fileName(Place place) {
        return Slugs.slug(place.name()) + "-" + place.state().code().toLowerCase(Locale.ROOT) + ".txt";
    }
}
