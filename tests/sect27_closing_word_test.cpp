// A one-word heading that names a conclusion ("Fazit", "Conclusion", lexicon section closing_heading_words) over the
// text's last short sentence closes the article as a heading of two words or more does (take_closing_sentences()):
// the sentence joins the body. A gallery's or a box's one-word label ("Fotos", "Gallery") over a caption stays out.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A short review in `lang` whose last paragraph is followed by `word`, a blank line and `sentence`.
std::string review_with_close(const std::string& lang, const std::string& word, const std::string& sentence) {
    std::string head;
    if (lang == "de")
        head = "Start\nTechnik\nDas neue Tablet im Test: schnell, leicht und teuer\nVon Lea Brandt\n03.05.2025\n\n"
               "Das neue Tablet ist schneller als sein Vorgänger, wiegt weniger und hat einen helleren Bildschirm "
               "bekommen, den man auch in der Sonne gut lesen kann.\n\n"
               "Der Akku hielt in unserem Test gut zwölf Stunden durch, beim Spielen waren es immerhin noch knapp "
               "acht Stunden am Stück.\n\n";
    else if (lang == "fr")
        head = "Accueil\nTech\nLa nouvelle tablette à l'essai : rapide, légère et chère\nPar Jeanne Morel\n"
               "3 mai 2025\n\n"
               "La nouvelle tablette est plus rapide que la précédente, pèse moins lourd et a un écran plus lumineux "
               "que l'on lit bien même au soleil.\n\n"
               "La batterie a tenu douze bonnes heures pendant notre essai, et en jouant elle a encore tenu presque "
               "huit heures de suite.\n\n";
    else
        head = "Home\nTech\nThe new tablet reviewed: fast, light and expensive\nBy Sam Reed\nMay 3, 2025\n\n"
               "The new tablet is faster than the one before it, weighs less and has a brighter screen that you can "
               "read well even in the sun.\n\n"
               "The battery lasted a good twelve hours in our test, and when playing games it still held out for "
               "almost eight hours in a row.\n\n";
    return head + word + "\n\n" + sentence + "\n\n" + (lang == "de" ? "Teilen" : lang == "fr" ? "Partager" : "Share") +
           "\n";
}

struct Row {
    const char* lang;
    const char* word;
    const char* sentence;
};

} // namespace

TEST_CASE("a one-word conclusion heading over the last short sentence closes the article", "[region][sect27]") {
    const Row rows[] = {
        {"de", "Fazit", "Wer ein leichtes Gerät sucht, wird zufrieden sein."},
        {"en", "Conclusion", "Anyone looking for a light device will be happy."},
        {"fr", "Conclusion", "Qui cherche un appareil léger sera content."},
        {"fr", "Bilan", "Qui cherche un appareil léger sera content."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.word);
        const Article a = parse(review_with_close(r.lang, r.word, r.sentence));
        CHECK(test::in_text(a, r.sentence));
    }
}

TEST_CASE("a gallery's one-word label over a caption under the last paragraph stays out", "[region][sect27]") {
    const Row rows[] = {
        {"de", "Fotos", "Das Tablet auf dem Schreibtisch der Redaktion."},
        {"en", "Gallery", "The tablet on a desk in the newsroom."},
        {"fr", "Photos", "La tablette sur un bureau de la rédaction."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.word);
        const Article a = parse(review_with_close(r.lang, r.word, r.sentence));
        CHECK_FALSE(test::in_text(a, r.sentence));
    }
}
