// Tests of a closing section's heading of one or two words ("Fazit", "Unser Fazit", "Conclusion", "En résumé") right
// over the text's last short sentence (closing_cry_heading() and closing_heading(), sections_headings.cpp): it heads
// that sentence, on a page without other headings too. (A gallery's label there stays out of the region:
// sect27_closing_word_test.cpp.) Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::headings_of;

namespace {

struct Review {
    const char* lang;
    const char* top;     // menu, headline, byline, date
    const char* first;   // two paragraphs of text
    const char* second;
    const char* heading; // the closing heading
    const char* last;    // the text's last short sentence
    const char* foot;
};

const Review reviews[] = {
    {"de", "Start\nTechnik\nDer neue Staubsauger im Test\nVon Mara Lenz\n03.05.2025",
     "Der neue Staubsauger ist leiser als sein Vorgänger, wiegt weniger und kommt auch unter niedrige Schränke, ohne "
     "dass man sich bücken muss.",
     "Der Akku hielt in unserem Test gut eine Stunde durch, auf der höchsten Stufe waren es immerhin noch zwanzig "
     "Minuten am Stück.",
     "Fazit", "Wer eine kleine Wohnung hat, wird zufrieden sein.", "Teilen"},
    {"en", "Home\nTech\nThe new vacuum cleaner reviewed\nBy Mara Lane\nMay 3, 2025",
     "The new vacuum cleaner is quieter than the one before it, weighs less and reaches under low cupboards without "
     "any need to bend down.",
     "The battery lasted a good hour in our test, and on the highest setting it still held out for twenty minutes in "
     "a row.",
     "Conclusion", "Anyone with a small flat will be happy.", "Share"},
    {"fr", "Accueil\nTech\nLe nouvel aspirateur à l'essai\nPar Mara Lenoir\n3 mai 2025",
     "Le nouvel aspirateur est plus silencieux que le précédent, pèse moins lourd et passe sous les meubles bas sans "
     "qu'il faille se pencher.",
     "La batterie a tenu une bonne heure pendant notre essai, et à la puissance maximale elle a encore tenu vingt "
     "minutes de suite.",
     "En résumé", "Qui a un petit appartement sera content.", "Partager"},
    {"es", "Inicio\nTecnología\nLa nueva aspiradora a prueba\nPor Mara León\n03.05.2025",
     "La nueva aspiradora es más silenciosa que la anterior, pesa menos y pasa por debajo de los muebles bajos sin "
     "necesidad de agacharse.",
     "La batería aguantó una buena hora en nuestra prueba, y en la potencia máxima todavía resistió veinte minutos "
     "seguidos.",
     "Conclusión", "Quien tenga un piso pequeño quedará contento.", "Compartir"},
};

// The review's page, its lines parted by blank lines (`spaced`) or not, under `heading`.
std::string page_of(const Review& r, bool spaced, const std::string& heading) {
    const std::string gap = spaced ? "\n\n" : "\n";
    return std::string(r.top) + gap + r.first + gap + r.second + gap + heading + gap + r.last + gap + r.foot + "\n";
}

} // namespace

TEST_CASE("a closing heading of one or two words over the text's last short sentence heads it",
          "[sections][heading][sect28]") {
    for (const Review& r : reviews)
        for (bool spaced : {true, false}) {
            const std::string text = page_of(r, spaced, r.heading);
            INFO(text);
            const Article a = classify(segment(text), r.lang);
            CHECK(headings_of(a) == std::vector<std::string>{r.heading});
            REQUIRE_FALSE(a.sections.empty());
            CHECK(a.sections.back().paragraphs == std::vector<std::string>{r.last});
        }
    // ("Unser Fazit": a word before the closing one.)
    const std::string ours = page_of(reviews[0], true, "Unser Fazit");
    INFO(ours);
    CHECK(headings_of(classify(segment(ours), "de")) == std::vector<std::string>{"Unser Fazit"});
}
