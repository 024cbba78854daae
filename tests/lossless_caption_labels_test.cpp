// A caption printed after its label ("Bildunterschrift: …", "Media caption …", "Légende : …"): labelled_caption()
// gives the picture the text after the label, and the label stays with the boilerplate (classify.cpp), so the
// record holds every piece of the line.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

namespace {

struct Row {
    const char* label;   // as printed, its colon included
    const char* caption; // the picture's text after it
    const char* page;    // the headline and two paragraphs around the caption's line
};

const Row rows[] = {
    {"Bildunterschrift:", "Die alte Brücke über die Saane ist seit Jahren marode.",
     "Stadt plant eine neue Brücke über die Saane\n\nDie Stadt will bis 2027 eine neue Brücke bauen, sagte der "
     "Bürgermeister am Montag vor dem Gemeinderat in der Aula.\n\nCAPTION\n\nDie Kosten liegen bei zwölf Millionen "
     "Franken. Der Rat stimmt im Juni ab, und die Bürger können bis dahin Einwände einreichen.\n"},
    {"Media caption", "The new ferry leaves the harbour on its first crossing",
     "Island ferry starts its winter timetable\n\nThe new ferry made its first crossing on Monday morning, with "
     "about two hundred passengers on board and calm seas all the way.\n\nCAPTION\n\nThe operator said the winter "
     "timetable will run until March, with four crossings a day in each direction.\n"},
    {"Légende :", "Le nouveau marché couvert ouvrira ses portes au printemps.",
     "Le marché couvert rouvre au printemps\n\nLes travaux du marché couvert touchent à leur fin, a indiqué la "
     "commune mardi lors d'une visite du chantier avec les commerçants.\n\nCAPTION\n\nUne quarantaine d'étals "
     "accueilleront les producteurs de la région chaque samedi matin dès le mois d'avril.\n"},
    {"Pie de foto:", "Los vecinos cortan la calle frente al ayuntamiento durante la protesta.",
     "Los vecinos protestan contra el cierre del centro de salud\n\nUnos trescientos vecinos se concentraron el "
     "jueves frente al ayuntamiento para pedir que el centro de salud siga abierto por las tardes.\n\nCAPTION\n\nEl "
     "alcalde recibió a una delegación y prometió trasladar sus quejas a la consejería en la próxima reunión.\n"},
};

} // namespace

TEST_CASE("a caption's label stays with the boilerplate when the picture takes the text after it", "[lossless]") {
    for (const Row& row : rows) {
        std::string page = row.page;
        page.replace(page.find("CAPTION"), 7, std::string(row.label) + " " + row.caption);
        CAPTURE(page);
        const archive::Article a = archive::parse(page);
        const bool captioned = std::any_of(a.media.begin(), a.media.end(), [&](const archive::Media& m) {
            return m.caption && *m.caption == row.caption;
        });
        CHECK(captioned);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), row.label) != a.boilerplate.end());
        CHECK(archive::lost_lines(a, archive::decode(page).text).empty());
    }
}
