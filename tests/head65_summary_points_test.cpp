// A tabloid's summary list printed without bullet marks or a label: two to five lines of a sentence's length between
// a longer title and the byline or date line. The title over them is the headline; the points are no title and no
// standfirst (the lede holds one standfirst, not a list): they stay with the page's boilerplate, as the items of a
// labelled box of key points do. A list of other articles' titles over the article's own title is no summary.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct Row {
    std::string page;
    const char* headline;
    std::vector<const char*> points; // in the boilerplate, in no section
};

bool in(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

bool in_sections(const archive::Article& a, const std::string& line) {
    for (const auto& s : a.sections)
        if (in(s.paragraphs, line))
            return true;
    return false;
}

const char* const en_head = R"(Skip to main content
Home
News
Sport
Money
Login
Friday, Nov 27th 2026 9AM 7°C
Pensioner, 68, trapped in lift between two floors of her tower block for nine hours after maintenance firm 'lost' her alarm call - as furious neighbours demand answers
Edna Halloway was returning from the shops to her flat in Grimsby
The lift stopped between the fourth and fifth floors at about 11am
The maintenance company says a 'routing fault' meant the call was never passed on
By Gareth Pendle For Mailonline
Published: 09:12 GMT, 27 November 2026 | Updated: 10:40 GMT, 27 November 2026
)";
const char* const en_body =
    R"(A pensioner was trapped in a lift for nine hours after a maintenance company 'lost' her alarm call, her neighbours have said.
Edna Halloway, 68, was returning from the shops on Wednesday when the lift in her block of flats stopped between two floors.
She pressed the alarm button several times and was told help was on its way, but no engineer arrived until the evening.
Neighbours who heard her calling eventually contacted the fire service, who freed her shortly after 8pm.
The maintenance company said it was investigating how the call had been lost and apologised to Mrs Halloway.
The council said it would review its contract with the firm.
)";

} // namespace

TEST_CASE("unlabelled summary points between a title and its byline", "[headline][lede][head65]") {
    const Row rows[] = {
        {std::string(en_head) + en_body,
         "Pensioner, 68, trapped in lift between two floors of her tower block for nine hours after maintenance firm "
         "'lost' her alarm call - as furious neighbours demand answers",
         {"Edna Halloway was returning from the shops to her flat in Grimsby",
          "The lift stopped between the fourth and fifth floors at about 11am",
          "The maintenance company says a 'routing fault' meant the call was never passed on"}},
        {R"(Zum Inhalt springen
Startseite
Politik
Sport
Anmelden
Rentnerin, 68, steckt neun Stunden zwischen zwei Stockwerken ihres Hochhauses im Aufzug fest, weil die Wartungsfirma ihren Notruf verloren hat – wütende Nachbarn fordern Antworten
Edna Halloway kam gerade vom Einkaufen in ihre Wohnung in Bremerhaven zurück
Der Aufzug blieb gegen elf Uhr zwischen dem vierten und dem fünften Stock stehen
Die Wartungsfirma spricht von einem Fehler bei der Weiterleitung des Anrufs
Von Gerd Pendel
27.11.2026, 09:12 Uhr
Eine Rentnerin hat neun Stunden in einem Aufzug festgesteckt, weil die Wartungsfirma ihren Notruf verloren hatte, sagen ihre Nachbarn.
Edna Halloway war am Mittwoch vom Einkaufen zurückgekehrt, als der Aufzug in ihrem Wohnblock zwischen zwei Stockwerken stehen blieb.
Sie drückte mehrmals den Alarmknopf, und man sagte ihr, die Hilfe sei unterwegs, doch bis zum Abend kam kein Techniker.
Nachbarn hörten ihre Rufe und alarmierten schließlich die Feuerwehr, die sie kurz nach 20 Uhr befreite.
Die Wartungsfirma teilte mit, sie untersuche, wie der Anruf verloren gehen konnte, und entschuldigte sich bei Frau Halloway.
)",
         "Rentnerin, 68, steckt neun Stunden zwischen zwei Stockwerken ihres Hochhauses im Aufzug fest, weil die "
         "Wartungsfirma ihren Notruf verloren hat – wütende Nachbarn fordern Antworten",
         {"Edna Halloway kam gerade vom Einkaufen in ihre Wohnung in Bremerhaven zurück",
          "Der Aufzug blieb gegen elf Uhr zwischen dem vierten und dem fünften Stock stehen",
          "Die Wartungsfirma spricht von einem Fehler bei der Weiterleitung des Anrufs"}},
        // two points, each closed by a stop
        {R"(Aller au contenu
Accueil
Actualités
Sport
Se connecter
Une retraitée de 68 ans reste coincée neuf heures dans un ascenseur après un appel d'urgence perdu par la société de maintenance
Edna Halloway rentrait des courses à son appartement de Saint-Nazaire.
La société de maintenance évoque une erreur dans la transmission de l'appel.
Par Gérard Pendel
Publié le 27 novembre 2026 à 09h12
Une retraitée est restée coincée neuf heures dans un ascenseur après que la société de maintenance a perdu son appel d'urgence, selon ses voisins.
Edna Halloway rentrait mercredi des courses lorsque l'ascenseur de son immeuble s'est arrêté entre deux étages.
Elle a appuyé plusieurs fois sur le bouton d'alarme et on lui a dit que les secours arrivaient, mais aucun technicien n'est venu avant le soir.
Des voisins qui l'entendaient appeler ont fini par prévenir les pompiers, qui l'ont libérée peu après 20 heures.
)",
         "Une retraitée de 68 ans reste coincée neuf heures dans un ascenseur après un appel d'urgence perdu par la "
         "société de maintenance",
         {"Edna Halloway rentrait des courses à son appartement de Saint-Nazaire.",
          "La société de maintenance évoque une erreur dans la transmission de l'appel."}},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(!a.lede.has_value());
        CHECK(!a.kicker.has_value());
        for (const char* point : r.points) {
            INFO(point);
            CHECK(in(a.boilerplate, point));
            CHECK(!in_sections(a, point));
        }
    }
}

TEST_CASE("a list of other articles' titles over the title is no summary under it", "[headline][head65]") {
    // The teasers are title-shaped lines over one another: the longest of them is no title of the lines under it.
    const std::string page = R"(Home
News
Most read
Council votes to close the old swimming baths at the end of the season
Harbour master warns of record tides over the coming weekend after a wet month
Storm damage closes the coast path between the two villages for the winter
Volunteers restore the chapel's bell tower after ten years of silence
Tuesday, 24 November 2026
The bell of the chapel on the hill rang again on Sunday for the first time in ten years, after a team of volunteers spent the summer restoring its tower.
The work cost about 40,000 pounds, most of it raised by the village.
"We did not think we would hear it again," said the churchwarden, Mary Fenn.
The volunteers now plan to repair the chapel's roof.
)";
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.headline.value_or("") == "Volunteers restore the chapel's bell tower after ten years of silence");
}
