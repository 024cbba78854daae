// An academic or professional title written with a dot before a name ("so Obmann Ing. Karl Roth", "Mag. Eva Lind",
// "dijo el Ing. Carlos Pérez", "la Lic. Ana Ruiz") is neither the end of a sentence nor a part of the name: the
// speaker is the name after it (session 47, probe66 Q2; lexicon sections abbreviation_words and person_titles).
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a title's abbreviation with a dot before a name leaves the name whole", "[quotes][quotes_academic_titles]") {
    check_quotes({
        {"de",
         {"\u201EWer jetzt handelt, schützt seine Bienen über den Winter\u201C, so Obmann Ing. Peter Wallner."},
         "Wer jetzt handelt, schützt seine Bienen über den Winter",
         "Peter Wallner",
         "Obmann Ing. Peter Wallner"},
        {"de",
         {"\u201EDie Gemeinde hat ihre Hausaufgaben gemacht\u201C, sagte Mag. Eva Lindner am Abend."},
         "Die Gemeinde hat ihre Hausaufgaben gemacht",
         "Eva Lindner",
         "Mag. Eva Lindner"},
        {"de",
         {"\u201EDas Projekt ist auf Kurs\u201C, erklärte Geschäftsführer DDr. Jan Vogtner."},
         "Das Projekt ist auf Kurs",
         "Jan Vogtner"},
        {"es",
         {"\u00ABQuien trata ahora protege su colmena durante el invierno\u00BB, dijo el Ing. Carlos Pereda."},
         "Quien trata ahora protege su colmena durante el invierno",
         "Carlos Pereda",
         "el Ing. Carlos Pereda"},
        {"es",
         {"\u00ABEl municipio hizo su tarea\u00BB, afirmó la Lic. Ana Ruiloba."},
         "El municipio hizo su tarea",
         "Ana Ruiloba"},
        // (the dot of a word not listed still ends the sentence: "... im Jänner. Karl Roth ...")
        {"de",
         {"Die Frist endet im Jänner. \u201EWir sind bereit\u201C, sagte Karl Rothmayr."},
         "Wir sind bereit",
         "Karl Rothmayr"},
        // (English titles are read as before: "said Prof. Jane Roe")
        {"en",
         {"\u201CThe hives are ready for winter,\u201D said Prof. Jane Roeland."},
         "The hives are ready for winter",
         "Jane Roeland"},
    });
}
