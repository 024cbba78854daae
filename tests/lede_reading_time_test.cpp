// Tests of the lede over the article's reading time: "<headline> / <author's name> / <standfirst>. / Tweet / 3 min
// read / <body>": the reading time under a line belongs to the article's head, so that line is the standfirst, full
// stop or not, even printed again further down; the author's name alone on its line between the headline and the
// standfirst does not hide it, and a name no rule reads as the byline there heads no section. Also the Polish
// buttons and reading times the lexicon knows. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <string_view>
#include <utility>

using namespace archive;

namespace {

// The page of each language: its title, standfirst, the lines between the standfirst and the body (a share button and
// the reading time) and the body, three paragraphs.
struct Language {
    const char* code;
    const char* title;
    const char* standfirst;
    const char* labels;
    const char* body;
};

const Language languages[] = {
    {"pl", "Stary dworzec w nowym świetle",
     "Miasto odnowiło zabytkowy dworzec kolejowy, który przez dwadzieścia lat stał pusty. Teraz mieści się w nim "
     "biblioteka.",
     "\nTweet\n\nJeszcze 2 minuty czytania\n",
     "Budynek dworca powstał pod koniec dziewiętnastego wieku i przez dziesięciolecia był sercem miasta. Po "
     "zamknięciu linii kolejowej w latach dziewięćdziesiątych popadł w ruinę i stał pusty.\n\n"
     "Remont trwał trzy lata i kosztował kilkadziesiąt milionów złotych. Konserwatorzy odtworzyli dawne zdobienia "
     "sufitu, oryginalne okna i drewniane ławki w poczekalni.\n\n"
     "Mieszkańcy chętnie odwiedzają nowe miejsce. W weekendy w dawnej hali kasowej odbywają się koncerty, a w "
     "tygodniu spotkania z autorami książek i warsztaty dla dzieci.\n"},
    {"nl", "Oud station in een nieuw licht",
     "De stad heeft het monumentale station gerestaureerd dat twintig jaar leeg stond. Nu zit er een bibliotheek in.",
     "\nDelen\n\n4 min leestijd\n",
     "Het stationsgebouw werd aan het eind van de negentiende eeuw gebouwd en was decennialang het hart van de stad. "
     "Nadat de spoorlijn werd gesloten, raakte het in verval en stond het jaren leeg.\n\n"
     "De verbouwing duurde drie jaar en kostte tientallen miljoenen euro. Restaurateurs herstelden het plafond, de "
     "oorspronkelijke ramen en de houten banken in de wachtzaal.\n\n"
     "Bewoners komen graag naar de nieuwe plek. In het weekend zijn er concerten in de oude hal en door de week "
     "lezingen van schrijvers en workshops voor kinderen.\n"},
    {"de", "Alter Bahnhof in neuem Licht",
     "Die Stadt hat den denkmalgeschützten Bahnhof saniert, der zwanzig Jahre leer stand. Jetzt ist dort eine "
     "Bibliothek.",
     "\nTeilen\n\nLesezeit: 4 Min.\n",
     "Das Bahnhofsgebäude entstand Ende des neunzehnten Jahrhunderts und war jahrzehntelang das Herz der Stadt. Nach "
     "der Stilllegung der Strecke verfiel es und stand viele Jahre leer.\n\n"
     "Der Umbau dauerte drei Jahre und kostete mehrere Millionen Euro. Restauratoren stellten die Decke, die alten "
     "Fenster und die Holzbänke im Wartesaal wieder her.\n\n"
     "Die Bewohner kommen gern an den neuen Ort. Am Wochenende gibt es Konzerte in der alten Halle, unter der Woche "
     "Lesungen mit Autorinnen und Werkstätten für Kinder.\n"},
    {"en", "Old station in a new light",
     "The town has restored the listed railway station that stood empty for twenty years. It now houses a library.",
     "\nTweet\n\n4 min read\n",
     "The station building went up at the end of the nineteenth century and was the heart of the town for decades. "
     "After the line closed it fell into ruin and stood empty for many years.\n\n"
     "The works took three years and cost several million pounds. Restorers brought back the ceiling, the old "
     "windows and the wooden benches of the waiting room.\n\n"
     "People like to come to the new place. At weekends there are concerts in the old hall, and during the week "
     "readings by writers and workshops for children.\n"},
};

const Language& language(std::string_view code) {
    for (const Language& l : languages)
        if (code == l.code)
            return l;
    return languages[0];
}

// The page of a language: `head` (the title and what stands between it and the standfirst), the standfirst, the
// labels (`labels`, or the language's own), the body, then `tail`.
Article classified(const Language& l, const std::string& head, const char* labels = nullptr,
                   const std::string& tail = "") {
    const std::string page = head + l.standfirst + "\n\n" + (labels != nullptr ? labels : l.labels) + "\n" + l.body + tail;
    return classify(segment(page), l.code);
}

} // namespace

TEST_CASE("a line over the share buttons and the reading time is the standfirst", "[classify][lede][reading_time]") {
    for (const Language& l : languages) {
        INFO(l.code);
        // Printed again further down (the page's summary of the article in a box of links), it is still the lede.
        for (const std::string& tail : {std::string(), "\nMore stories\n" + std::string(l.standfirst) + "\n"}) {
            const Article a = classified(l, std::string(l.title) + "\n\n", nullptr, tail);
            CHECK(a.lede.value_or("") == l.standfirst);
            REQUIRE_FALSE(a.sections.empty());
            CHECK(a.sections[0].paragraphs.front() != l.standfirst);
        }
    }
}

TEST_CASE("the author's name between the headline and the standfirst hides no lede", "[classify][lede][reading_time]") {
    const std::pair<const char*, const char*> names[] = {{"pl", "Anna Kowalska"}, {"nl", "Sanne de Vries"},
                                                         {"en", "Jane Roe"}};
    for (const auto& [code, name] : names) {
        INFO(code);
        const Language& l = language(code);
        const Article a = classified(l, std::string(l.title) + "\n\n" + name + "\n\n");
        CHECK(a.lede.value_or("") == l.standfirst);
        for (const auto& s : a.sections)
            CHECK_FALSE(s.heading.has_value());
    }
}

TEST_CASE("a name over the lede that signs no byline heads no section", "[classify][lede][reading_time]") {
    // The page signs the text with a labelled byline under it: the name under the headline is the picture's author's.
    // (A headline of a sentence opens the text's region: the name stands inside it.)
    struct Row {
        const char* code;
        const char* head;
        const char* labels;
        const char* name;
    };
    const Row rows[] = {
        {"pl", "Nie uwierzysz, co miasto zrobiło ze starym dworcem kolejowym!\nJan Zdjęciowy\n",
         "\nAutor: Anna Kowalska\n\n4 minuty czytania\n", "Jan Zdjęciowy"},
        {"de", "Du wirst nicht glauben, was aus dem alten Bahnhof geworden ist!\nKarl Lichtbild\n",
         "\nAutorin: Anna Muster\n\nLesezeit: 4 Min.\n", "Karl Lichtbild"},
    };
    for (const auto& r : rows) {
        INFO(r.code);
        const Language& l = language(r.code);
        const Article a = classified(l, r.head, r.labels);
        CHECK(a.lede.value_or("") == l.standfirst);
        for (const auto& s : a.sections) {
            CHECK_FALSE(s.heading.has_value());
            for (const auto& para : s.paragraphs)
                CHECK(para.find(r.name) == std::string::npos);
        }
    }
}

TEST_CASE("Polish share buttons naming the network and reading times of two to four minutes are boilerplate",
          "[classify][boilerplate][reading_time]") {
    for (const char* line : {"Udostępnij na Facebooku", "Udostępnij na Twitterze", "Jeszcze 3 minuty czytania",
                             "1 minuta czytania"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(std::string_view(line)));
    }
}
