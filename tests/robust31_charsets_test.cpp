// decode(): the legacy Latin charset a page is read in, when uchardet names a wrong one (a Mac Roman page named
// mac-centraleurope or ibm852, a DOS page named windows-1252) and when its name must be kept.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <iconv.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using archive::decode;
using archive::Decoded;

/// UTF-8 text -> the bytes of `charset` (iconv's name); the test's text holds only characters the charset has.
std::string encode_in(const std::string& utf8, const char* charset) {
    iconv_t cd = iconv_open(charset, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* o = out.data();
    std::size_t out_left = out.size();
    const std::size_t r = iconv(cd, &in, &in_left, &o, &out_left);
    iconv_close(cd);
    REQUIRE(r != static_cast<std::size_t>(-1));
    out.resize(out.size() - out_left);
    return out;
}

const std::string french =
    "Culture\n"
    "Le théâtre de la ville rouvre après deux années de travaux\n"
    "Par Hélène Garçon\n"
    "NANTES - La salle principale a été rénovée de fond en comble, et la façade a retrouvé ses couleurs.\n"
    "« Nous sommes très fiers du résultat », a déclaré la directrice, qui prépare déjà la saison prochaine.\n"
    "Les élèves des écoles voisines assisteront à une répétition générale dès la rentrée. Ça promet.\n";
const std::string german =
    "Kultur\n"
    "Das Stadttheater öffnet nach zwei Jahren Umbau wieder seine Türen\n"
    "Von Jürgen Köhler\n"
    "DRESDEN - Der große Saal wurde vollständig erneuert, und die Fassade erstrahlt in neuen Farben.\n"
    "\"Wir sind sehr stolz auf das Ergebnis\", sagte die Intendantin, die schon die nächste Spielzeit plant.\n"
    "Schüler der umliegenden Schulen dürfen im Frühjahr eine Generalprobe besuchen. Die Bühne ist größer.\n";
const std::string spanish =
    "Cultura\n"
    "El teatro municipal reabre tras dos años de obras en el centro\n"
    "Por Begoña Martínez\n"
    "VALENCIA - La sala principal se renovó por completo y la fachada recuperó sus colores de antaño.\n"
    "\"Estamos muy orgullosos del resultado\", declaró la directora, que ya prepara la próxima temporada.\n"
    "Los alumnos de las escuelas vecinas asistirán a un ensayo general en otoño. También habrá música.\n";
const std::string portuguese =
    "Cultura\n"
    "O teatro municipal reabre após dois anos de obras no centro\n"
    "Por Conceição Araújo\n"
    "COIMBRA - A sala principal foi totalmente renovada e a fachada recuperou as cores de outrora.\n"
    "\"Estamos muito orgulhosos do resultado\", afirmou a diretora, que já prepara a próxima temporada.\n"
    "Os alunos das escolas vizinhas vão assistir a um ensaio geral. Não há bilhetes à venda.\n";
const std::string italian =
    "Cultura\n"
    "Il teatro comunale riapre dopo due anni di lavori in città\n"
    "Di Niccolò Ferrari\n"
    "BOLOGNA - La sala principale è stata rinnovata e la facciata ha ritrovato i colori di un tempo.\n"
    "\"Siamo molto orgogliosi del risultato\", ha dichiarato la direttrice, che già prepara la stagione.\n"
    "Gli studenti delle scuole vicine assisteranno alla prova generale. Più di così non si può.\n";
const std::string polish =
    "Kultura\n"
    "Teatr miejski otwiera się ponownie po dwóch latach remontu\n"
    "Autor: Łukasz Żółkiewski\n"
    "GDAŃSK - Główna sala została całkowicie odnowiona, a fasada odzyskała dawne kolory.\n"
    "\"Jesteśmy bardzo dumni z efektu\" - powiedziała dyrektorka, która przygotowuje już następny sezon.\n"
    "Uczniowie pobliskich szkół zobaczą próbę generalną jesienią. Będzie też koncert muzyki dawnej.\n";

const std::string english =
    "Opinion\n"
    "Why the city’s new library can’t wait another year\n"
    "By Sam O’Neill\n"
    "It’s not the first time the council’s plans have stalled, and it won’t be the last.\n"
    "“We don’t have the money,” the mayor’s office said. Residents aren’t convinced: they’ve heard it before.\n";
const std::string czech =
    "Kultura\n"
    "Městské divadlo se po dvou letech oprav znovu otevírá veřejnosti\n"
    "Autor: Jiří Dvořák\n"
    "OLOMOUC - Hlavní sál byl zcela zrekonstruován a fasáda získala zpět své původní barvy.\n"
    "\"Jsme na výsledek velmi hrdí,\" řekla ředitelka, která už připravuje příští sezónu. Žáci uvidí zkoušku.\n";

struct CharsetCase {
    const char* kind;
    const std::string* text;
    const char* charset;              ///< the charset the page is written in (iconv's name)
    std::vector<std::string> readings; ///< the encodings decode() may give: each reads the page's text as written
};

/// The page of `c` in its charset decodes to its text, in one of the encodings `c` allows, without a warning.
void check_reading(const CharsetCase& c) {
    CAPTURE(c.kind);
    const Decoded d = decode(encode_in(*c.text, c.charset));
    CHECK(d.text == *c.text);
    CHECK(std::find(c.readings.begin(), c.readings.end(), d.encoding) != c.readings.end());
    CHECK(d.warnings.empty());
}

} // namespace

TEST_CASE("robust31: Mac Roman and DOS pages are read in their charset, not the one uchardet names, and pages "
          "uchardet reads well keep its charset",
          "[decode]") {
    // Read in uchardet's charset these pages hold signs or capitals inside words ("apr\x8Fs" as "aprŹs",
    // "pr\x82sente" as "pr‚sente", "M\x81nchen" with a byte windows-1252 leaves undefined): another Latin charset
    // reads the letters of the page's language in their place. The pages uchardet reads well (from "French in
    // windows-1252" on) keep its charset.
    const CharsetCase cases[] = {
        {"French in Mac Roman", &french, "MACINTOSH", {"macintosh"}},
        {"French in CP850", &french, "CP850", {"cp850"}},
        {"French in CP437", &french, "CP437", {"cp850", "cp437"}},
        {"German in Mac Roman", &german, "MACINTOSH", {"macintosh"}},
        {"German in CP850", &german, "CP850", {"cp850"}},
        {"Spanish in Mac Roman", &spanish, "MACINTOSH", {"macintosh"}},
        {"Spanish in CP850", &spanish, "CP850", {"cp850", "ibm850"}},
        {"Portuguese in CP850", &portuguese, "CP850", {"cp850"}},
        {"Portuguese in Mac Roman", &portuguese, "MACINTOSH", {"macintosh"}},
        {"Italian in CP850", &italian, "CP850", {"cp850"}},
        {"Italian in Mac Roman", &italian, "MACINTOSH", {"macintosh"}},
        // uchardet names mac-centraleurope: its "í" for each "’" ("canít") is no letter of an English page.
        {"English with curly apostrophes in windows-1252", &english, "WINDOWS-1252", {"windows-1252"}},
        {"French in windows-1252", &french, "WINDOWS-1252", {"windows-1252", "iso-8859-1"}},
        {"German in ISO-8859-1", &german, "ISO-8859-1", {"iso-8859-1", "windows-1252"}},
        {"Spanish in ISO-8859-1", &spanish, "ISO-8859-1", {"iso-8859-1", "windows-1252"}},
        {"Portuguese in ISO-8859-1", &portuguese, "ISO-8859-1", {"iso-8859-1", "windows-1252"}},
        {"Italian in windows-1252", &italian, "WINDOWS-1252", {"windows-1252", "iso-8859-1"}},
        {"Polish in CP852", &polish, "CP852", {"ibm852"}},
        // Letters no language of the lexicon lists ("ř", "ě", "ů"): no reading has the letters of one language.
        {"Czech in windows-1250", &czech, "WINDOWS-1250", {"windows-1250"}},
        {"Czech in ISO-8859-2", &czech, "ISO-8859-2", {"iso-8859-2"}},
        {"Polish in windows-1250", &polish, "WINDOWS-1250", {"windows-1250"}},
        {"Polish in ISO-8859-2", &polish, "ISO-8859-2", {"iso-8859-2"}},
        {"Polish in Mac Central European", &polish, "MAC-CENTRALEUROPE", {"mac-centraleurope"}},
    };
    for (const CharsetCase& c : cases)
        check_reading(c);
}

TEST_CASE("robust31: dashes and apostrophes between letters are no sign of a wrong charset", "[decode]") {
    // windows-1252's em dash (0x97) and curly quotes (0x93, 0x94) are letters in CP850 ("ù", "ô", "ö"): a page
    // whose words are joined by dashes reads as well in its own charset, and keeps it.
    const std::string english_dash = "Opinion\n"
                                     "The council\x97" "finally\x97" "agreed on a budget for the \x93new\x94 library\n"
                                     "Members said the plan\x96" "drawn up last spring\x96" "was the best on offer.\n";
    const std::string english_dash_text = "Opinion\n"
                                          "The council—finally—agreed on a budget for the “new” library\n"
                                          "Members said the plan–drawn up last spring–was the best on offer.\n";
    const std::string french_dash = "Opinion\n"
                                    "Le conseil\x97" "enfin\x97" "s\x92" "est mis d\x92" "accord sur un budget "
                                    "pour la m\xE9" "diath\xE8" "que\n";
    const std::string french_dash_text = "Opinion\n"
                                         "Le conseil—enfin—s’est mis d’accord sur un budget pour la médiathèque\n";
    Decoded d = decode(english_dash);
    CHECK(d.text == english_dash_text);
    CHECK(d.encoding == "windows-1252");
    d = decode(french_dash);
    CHECK(d.text == french_dash_text);
    CHECK(d.encoding == "windows-1252");
}
