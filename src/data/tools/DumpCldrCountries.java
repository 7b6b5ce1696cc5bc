import java.util.*;
/** Prints iso2, English and Arabic display names of every ISO 3166 country from the JDK's CLDR data, tab-separated. */
public class DumpCldrCountries {
    public static void main(String[] args) {
        Locale ar = Locale.forLanguageTag("ar"), en = Locale.ENGLISH;
        TreeSet<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        codes.add("XK");
        System.out.println("iso2\tname_en\tname_ar");
        for (String c : codes) {
            Locale l = new Locale("", c);
            System.out.println(c + "\t" + l.getDisplayCountry(en) + "\t" + l.getDisplayCountry(ar));
        }
    }
}
