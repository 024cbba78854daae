// An interview's headline "Describer Name: «Q»" whose describing word the role lists do not know
// ("Hafenmeisterin", "guardiana", "farera"): the name the page prints elsewhere (a caption, the standfirst, the body)
// says the headline's quote, and the page's unlabelled answers are that person's. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

Article interview_page(const std::string& lang, const std::string& kicker, const std::string& headline,
                       const std::string& caption, std::vector<std::string> paragraphs) {
    Article a = quote_rows::page(lang, headline, std::move(paragraphs));
    if (!kicker.empty())
        a.kicker = kicker;
    if (!caption.empty())
        a.media.push_back(Media{caption, std::nullopt});
    return a;
}

} // namespace

TEST_CASE("an unknown describing word before a name the page prints elsewhere: the headline's speaker and the "
          "interviewee",
          "[quotes][quotes74]") {
    struct Row {
        const char* lang;
        const char* kicker;
        const char* headline;
        const char* quote;
        const char* caption;
        std::vector<std::string> paragraphs;
        const char* answer;
    };
    const Row rows[] = {
        {"de", "Interview", "Hafenmeisterin Lena Sommer: „Wir brauchen einen zweiten Kai“", "Wir brauchen einen zweiten Kai",
         "Lena Sommer in ihrem Büro am Ostkai.",
         {"Frau Sommer, im Sommer warten die Fähren oft eine Stunde. Warum?",
          "Weil der Kai zu kurz ist. Zwei Schiffe können nicht gleichzeitig anlegen.",
          "Die Gemeinde sagt, ein zweiter Kai sei zu teuer.", "Das sagt die Gemeinde seit zehn Jahren.",
          "Bleiben Sie im Amt?", "Ja. Ich bin noch lange nicht fertig."},
         "Ja. Ich bin noch lange nicht fertig."},
        {"fr", "Entretien", "La capitainerie Lena Sommer : « Il nous faut un second quai »",
         "Il nous faut un second quai", "Lena Sommer dans son bureau du quai est.",
         {"Madame Sommer, en été les ferries attendent souvent une heure. Pourquoi?",
          "Parce que le quai est trop court. Deux bateaux ne peuvent pas accoster en même temps.",
          "La commune dit qu'un second quai serait trop cher.", "La commune le dit depuis dix ans.",
          "Resterez-vous à votre poste?", "Oui. Je suis loin d'avoir fini."},
         "Oui. Je suis loin d'avoir fini."},
        {"it", "Intervista", "La guardiana Lena Sommer: «Serve un secondo molo»", "Serve un secondo molo",
         "Lena Sommer nel suo ufficio sul molo est.",
         {"Signora Sommer, d'estate i traghetti aspettano spesso un'ora. Perché?",
          "Perché il molo è troppo corto. Due navi non possono attraccare insieme.",
          "Il Comune dice che un secondo molo costa troppo.", "Il Comune lo dice da dieci anni.",
          "Lei resterà al suo posto?", "Sì. Non ho ancora finito il mio lavoro."},
         "Sì. Non ho ancora finito il mio lavoro."},
        {"es", "Entrevista", "La farera Lena Sommer: «Necesitamos un segundo muelle»", "Necesitamos un segundo muelle",
         "Lena Sommer en su despacho del muelle este.",
         {"Señora Sommer, en verano los ferris esperan a menudo una hora. ¿Por qué usted no lo evita?",
          "Porque el muelle es demasiado corto. Dos barcos no pueden atracar a la vez.",
          "El Ayuntamiento dice que un segundo muelle es demasiado caro.", "El Ayuntamiento lo dice desde hace diez años.",
          "¿Seguirá usted en el cargo?", "Sí. Todavía no he terminado mi trabajo."},
         "Sí. Todavía no he terminado mi trabajo."},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const auto qs = extract_quotes(interview_page(r.lang, r.kicker, r.headline, r.caption, r.paragraphs));
        CHECK(speaker_of(qs, r.quote) == "Lena Sommer");
        CHECK(speaker_of(qs, r.answer) == "Lena Sommer");
        // Without the caption the page prints the name nowhere else: the describing word names no one.
        INFO("no caption");
        const auto none = extract_quotes(interview_page(r.lang, r.kicker, r.headline, "", r.paragraphs));
        CHECK(speaker_of(none, r.quote) != "Lena Sommer");
        CHECK(find_quote(none, r.answer) == nullptr);
    }
    // (two words before the name the lists do not know: no describer and name, no one)
    const auto two = extract_quotes(interview_page(
        "de", "", "Neuer Streit Lena Sommer: „Wir brauchen einen zweiten Kai“", "Lena Sommer in ihrem Büro am Ostkai.",
        {"Der Hafen ist zu klein. Die Fähren warten oft eine Stunde vor der Einfahrt."}));
    CHECK(speaker_of(two, "Wir brauchen einen zweiten Kai") == "");
}
