// Where an article's text ends: an e-paper's running heads and page jumps glued to a sentence, an author's bio
// printed without her name, a note on the article's fact check over its correction. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::in_body;
using archive::test::page_of;

namespace {

bool any_paragraph_has(const Article& a, const std::string& piece) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return std::any_of(s.paragraphs.begin(), s.paragraphs.end(),
                           [&](const std::string& p) { return p.find(piece) != std::string::npos; });
    });
}

std::size_t paragraph_count(const Article& a) {
    std::size_t n = 0;
    for (const auto& s : a.sections)
        n += s.paragraphs.size();
    return n;
}

} // namespace

TEST_CASE("a page jump glued to a paragraph's last sentence is cut from it", "[region92][segment]") {
    SECTION("de") {
        const auto blocks = segment(page_of({
            "Die Kosten sind deutlich gestiegen. Die Stadt rechnet mit knapp sechs Millionen Euro, wie sie sagte. "
            "Fortsetzung auf Seite 13",
        }));
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].text ==
              "Die Kosten sind deutlich gestiegen. Die Stadt rechnet mit knapp sechs Millionen Euro, wie sie sagte.");
        CHECK(blocks[1].text == "Fortsetzung auf Seite 13");
        CHECK(blocks[0].line == blocks[1].line);
        CHECK(blocks[0].end_punct);
    }
    SECTION("fr, after a closing guillemet") {
        const auto blocks = segment(page_of({
            "«Si le café ferme, il ne restera plus rien ici», a expliqué la présidente. «Nous y croyons.» Suite en "
            "page 5",
        }));
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[1].text == "Suite en page 5");
    }
    SECTION("en") {
        const auto blocks = segment(page_of({
            "The council will vote on the plan in January, officials said. Continued on page 4",
        }));
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[1].text == "Continued on page 4");
    }
    SECTION("near misses: no stop before the phrase, more after the number, no jump") {
        for (const char* line : {
                 "Die Stadt verweist auf die Fortsetzung auf Seite 13",
                 "The figures are continued on page 4 of the annual report, the council said.",
                 "Le bilan est présenté en page 5. Suite en page 2026",
                 "Die Stadt rechnet mit knapp sechs Millionen Euro. Seite 13",
             }) {
            INFO(line);
            CHECK(segment(page_of({line})).size() == 1);
        }
    }
}

TEST_CASE("a glued page jump leaves the body, its sentence stays", "[region92][boilerplate]") {
    const Article a = parse(page_of({
        "Neue Brücke über die Selke soll im Frühjahr fertig sein",
        "",
        "Die Bauarbeiter an der Selke haben in den vergangenen Wochen die letzten Stahlträger eingesetzt. Das Projekt "
        "liegt damit wieder im Zeitplan, nachdem ein nasser Sommer die Arbeiten verzögert hatte.",
        "",
        "Die Kosten für das Bauwerk sind allerdings deutlich gestiegen. Statt vier Millionen Euro rechnet die Stadt "
        "inzwischen mit knapp sechs Millionen Euro, wie sie sagte. Fortsetzung auf Seite 13",
        "",
        "Die Mehrkosten erklärt die Verwaltung vor allem mit den gestiegenen Preisen für Stahl und Beton. Der "
        "Gemeinderat hatte die zusätzlichen Mittel im Oktober mit großer Mehrheit bewilligt.",
    }));
    CHECK(test::in_boilerplate(a, "Fortsetzung auf Seite 13"));
    CHECK_FALSE(any_paragraph_has(a, "Fortsetzung"));
    CHECK(any_paragraph_has(a, "wie sie sagte."));
    CHECK(paragraph_count(a) == 3);
}

TEST_CASE("an e-paper's running head between two paragraphs of a wrapped copy is no part of them",
          "[region92][segment]") {
    // (Each head a block of its own, once; the first paragraph's lines joined.)
    auto check_heads = [](const std::vector<Block>& blocks, const std::string& opening,
                          const std::vector<std::string>& heads) {
        const auto texts = archive::test::texts_of(blocks);
        REQUIRE(texts.size() >= 3);
        CHECK(texts[0].starts_with(opening));
        for (const std::string& head : heads)
            CHECK(std::count(texts.begin(), texts.end(), head) == 1);
    };
    const std::vector<std::string> fr_copy = {
        "Les habitants du Jorat devront bientôt",
        "s'organiser autrement. Dès le 6 janvier, la",
        "ligne de bus qui relie Mézières à Lausanne",
        "ne circulera plus qu'une fois par heure,",
        "contre deux aujourd'hui.",
        "L'entreprise explique cette décision par le",
        "manque de chauffeurs. «Nous avons publié des",
        "annonces depuis des mois, sans succès», a",
        "déclaré son directeur, Bernard Chappuis.",
        "LE MATIN DIMANCHE 8 décembre 2026 4",
        "Les communes concernées ont écrit au Conseil",
        "d'Etat pour demander une solution rapide.",
        "Elles craignent que les familles renoncent",
        "au bus et reprennent la voiture.",
        "Une pétition lancée par un groupe de parents",
        "a déjà recueilli plus de mille signatures en",
        "une semaine. Elle sera remise aux autorités",
        "cantonales à la fin du mois.",
        "LE MATIN DIMANCHE 8 décembre 2026 5",
        "Le canton rappelle qu'une formation",
        "accélérée de chauffeurs doit débuter au",
        "printemps. Les premiers diplômés pourraient",
        "prendre le volant dès l'été prochain.",
        "En attendant, la commune de Mézières étudie",
        "la création d'un service de covoiturage pour",
        "les trajets du soir, avec l'aide d'une",
        "association locale.",
    };
    SECTION("de") {
        const auto blocks = segment(page_of({
            "Das Hallenbad in Tannried bleibt in diesem",
            "Winter geschlossen. Das hat der Stadtrat am",
            "Montagabend nach einer langen Debatte",
            "beschlossen. Die Stadt will so rund 180.000",
            "Euro an Energiekosten sparen.",
            "„Die Entscheidung ist uns nicht",
            "leichtgefallen“, sagte Bürgermeisterin Petra",
            "Aumann. Die Preise für Gas hätten sich in zwei",
            "Jahren verdreifacht.",
            "14 | Dienstag, 3. Dezember 2026 | Kreis Lindau",
            "Vereine und Schulen müssen nun nach",
            "Alternativen suchen. Der Schwimmverein",
            "Tannried will seine Trainingszeiten in das Bad",
            "der Nachbargemeinde Oberweiler verlegen, wo",
            "allerdings nur wenige Bahnen frei sind.",
            "Auch der Schwimmunterricht der Grundschulen",
            "ist betroffen. Die Schulleiterin der",
            "Grundschule am Mühlbach, Sabine Krämer,",
            "befürchtet, dass viele Kinder in diesem Jahr",
            "nicht schwimmen lernen werden.",
            "15 | Dienstag, 3. Dezember 2026 | Kreis Lindau",
            "Die Opposition im Stadtrat kritisierte den",
            "Beschluss scharf. Man spare an der falschen",
            "Stelle, sagte der Fraktionschef der Freien",
            "Wähler, Andreas Gruber. Seine Fraktion hatte",
            "vorgeschlagen, das Bad nur an drei Tagen in",
            "der Woche zu öffnen.",
            "Die Verwaltung soll nun bis Februar prüfen, ob",
            "eine neue Heizung die Kosten dauerhaft senken",
            "kann. Ein Gutachten dazu liegt bereits vor, es",
            "soll im Januar im Ausschuss vorgestellt",
            "werden.",
        }));
        check_heads(blocks, "Das Hallenbad in Tannried bleibt in diesem Winter geschlossen. Das hat",
                    {"14 | Dienstag, 3. Dezember 2026 | Kreis Lindau",
                     "15 | Dienstag, 3. Dezember 2026 | Kreis Lindau"});
    }
    SECTION("fr") {
        check_heads(segment(page_of(fr_copy)), "Les habitants du Jorat devront bientôt s'organiser autrement. Dès le 6",
                    {"LE MATIN DIMANCHE 8 décembre 2026 4", "LE MATIN DIMANCHE 8 décembre 2026 5"});
    }
    SECTION("near miss: printed once, the numbered line is read with its paragraph as before") {
        std::vector<std::string> lines = fr_copy;
        lines.erase(std::find(lines.begin(), lines.end(), "LE MATIN DIMANCHE 8 décembre 2026 5"));
        const auto texts = archive::test::texts_of(segment(page_of(lines)));
        CHECK(std::count(texts.begin(), texts.end(), "LE MATIN DIMANCHE 8 décembre 2026 4") == 0);
    }
}

TEST_CASE("an e-paper's running head under the text's first stretch names no author and ends no standfirst",
          "[region92][byline]") {
    const std::vector<std::string> first = {
        "Schwimmbad bleibt im Winter geschlossen",
        "",
        "Das Hallenbad in Tannried bleibt in diesem Winter geschlossen. Das hat der Stadtrat am Montagabend nach "
        "einer langen Debatte beschlossen, um Energiekosten zu sparen.",
    };
    const std::vector<std::string> rest = {
        "",
        "Vereine und Schulen müssen nun nach Alternativen suchen. Der Schwimmverein will seine Trainingszeiten in "
        "das Bad der Nachbargemeinde verlegen, wo nur wenige Bahnen frei sind.",
        "",
        "15 | Dienstag, 3. Dezember 2026 | Kreis Lindau",
        "",
        "Die Opposition im Stadtrat kritisierte den Beschluss scharf. Man spare an der falschen Stelle, sagte der "
        "Fraktionschef der Freien Wähler.",
    };
    auto page = [&](const std::string& head) {
        std::vector<std::string> lines = first;
        lines.push_back("");
        lines.push_back(head);
        lines.insert(lines.end(), rest.begin(), rest.end());
        return parse(page_of(lines));
    };
    const Article a = page("14 | Dienstag, 3. Dezember 2026 | Kreis Lindau");
    CHECK(a.authors.empty());
    CHECK_FALSE(a.lede);
    CHECK(in_body(a, first[2]));
    CHECK(test::in_boilerplate(a, "14 | Dienstag, 3. Dezember 2026 | Kreis Lindau"));
    SECTION("fr") {
        const Article f = parse(page_of({
            "La ligne de bus du Jorat menacée",
            "",
            "Les habitants du Jorat devront bientôt s'organiser autrement. Dès le 6 janvier, la ligne de bus ne "
            "circulera plus qu'une fois par heure, contre deux aujourd'hui.",
            "",
            "4 | Dimanche 8 décembre 2026 | Vaud Lausanne",
            "",
            "Les communes concernées ont écrit au Conseil d'Etat pour demander une solution rapide. Elles craignent "
            "que les familles renoncent au bus et reprennent la voiture.",
            "",
            "5 | Dimanche 8 décembre 2026 | Vaud Lausanne",
            "",
            "Le canton rappelle qu'une formation accélérée de chauffeurs doit débuter au printemps, a dit son "
            "porte-parole.",
        }));
        CHECK(f.authors.empty());
        CHECK_FALSE(f.lede);
    }
    SECTION("near miss: a date line with its author's name, printed once, still gives the author") {
        const Article b = parse(page_of({
            "Schwimmbad bleibt im Winter geschlossen",
            "",
            "3. Dezember 2026 | Jana Roth",
            "",
            "Das Hallenbad in Tannried bleibt in diesem Winter geschlossen. Das hat der Stadtrat am Montagabend nach "
            "einer langen Debatte beschlossen, um Energiekosten zu sparen.",
            "",
            "Vereine und Schulen müssen nun nach Alternativen suchen. Der Schwimmverein will seine Trainingszeiten in "
            "das Bad der Nachbargemeinde verlegen, wo nur wenige Bahnen frei sind.",
        }));
        CHECK(b.authors == std::vector<std::string>{"Jana Roth"});
    }
}

TEST_CASE("an author's bio without her name closing the text leaves the body", "[region92][region]") {
    const std::string head_pt = "Porto de Vila Nova bate recorde de contentores\n\n"
                                "O porto de Vila Nova movimentou em novembro mais contentores do que em qualquer outro "
                                "mês da sua história, segundo dados divulgados pela administração portuária.\n\n"
                                "O crescimento deve-se sobretudo às exportações de cortiça e de vinho, que aumentaram "
                                "de forma significativa desde o verão, e a administração espera um novo máximo.\n\n";
    const std::string head_fr = "Le tribunal de Valbonne juge l'ancien maire\n\n"
                                "Le procès de l'ancien maire de Valbonne s'est ouvert lundi devant le tribunal "
                                "correctionnel, où il est accusé d'avoir favorisé une entreprise de sa famille.\n\n"
                                "Selon l'accusation, près de deux millions d'euros de marchés auraient été attribués "
                                "sans mise en concurrence entre 2018 et 2022, ce que l'ancien élu conteste.\n\n";
    SECTION("pt") {
        const std::string bio = "É jornalista e escreve sobre economia desde 2010.";
        const Article a = parse(head_pt + bio + "\n");
        CHECK_FALSE(in_body(a, bio));
        CHECK(test::in_boilerplate(a, bio));
        CHECK(paragraph_count(a) == 2);
    }
    SECTION("fr") {
        const std::string bio = "Journaliste, elle couvre la justice depuis 2015.";
        const Article a = parse(head_fr + bio + "\n");
        CHECK_FALSE(in_body(a, bio));
        CHECK(test::in_boilerplate(a, bio));
    }
    SECTION("de") {
        const std::string bio = "Ist seit 2015 Redakteurin im Ressort Stadt und schreibt über Verkehr.";
        const Article a = parse("Der Wochenmarkt zieht auf den Lindenplatz\n\n"
                                "Der Wochenmarkt kehrt nach drei Jahren auf den Lindenplatz zurück. Das hat der "
                                "Bauausschuss am Mittwoch einstimmig beschlossen, nachdem die Sanierung endete.\n\n"
                                "Rund vierzig Stände sollen künftig jeden Samstag aufgebaut werden, sagte der "
                                "Marktmeister, und die Stadt will dafür eigene Zufahrtszeiten festlegen.\n\n" +
                                bio + "\n");
        CHECK_FALSE(in_body(a, bio));
    }
    SECTION("near misses: a sentence of the same shape reporting somebody's words, or inside the text, stays") {
        const std::string told_pt = "É jornalista e trabalha no porto desde 2010, disse o vizinho.";
        const Article a = parse(head_pt + told_pt + "\n");
        CHECK(in_body(a, told_pt));
        const std::string told_fr = "Journaliste, il couvre la commune depuis 2015, a rappelé un témoin.";
        const Article b = parse(head_fr + told_fr + "\n");
        CHECK(in_body(b, told_fr));
        const std::string inside = "É engenheiro e trabalha no porto desde 2010, disse o vizinho Manuel Costa.";
        const Article c = parse(head_pt + inside + "\n\nA câmara municipal prometeu apresentar um estudo sobre o "
                                                   "tráfego no início do próximo ano.\n");
        CHECK(in_body(c, inside));
        const std::string other_job = "É engenheiro e trabalha no porto desde 2010.";
        const Article d = parse(head_pt + other_job + "\n");
        CHECK(in_body(d, other_job));
    }
}

TEST_CASE("a note on the article's fact check over its correction leaves the body, the correction stays",
          "[region92][region][correction]") {
    struct Row {
        const char* lang;
        std::string page, note, correction;
    };
    const std::vector<Row> rows = {
        {"en",
         "Harbour council approves new ferry timetable\n\n"
         "The Harbour council on Thursday approved a new ferry timetable that adds two evening crossings between "
         "Kelsey Point and Marrow Island, a change residents had asked for since the spring.\n\n"
         "The new crossings will cost the city about $240,000 a year, according to a staff report, and the council "
         "plans to review ridership after six months.\n\n",
         "This article was reviewed by our fact-checking desk. Read our standards for accuracy and corrections.",
         "Correction: An earlier version of this story misstated the cost of the new crossings. It is $240,000 a "
         "year."},
        {"de",
         "Neue Fähre nach Korbinsel fährt ab März öfter\n\n"
         "Der Stadtrat hat am Donnerstag einen neuen Fahrplan für die Fähre zur Korbinsel beschlossen. Ab März "
         "verkehren zwei zusätzliche Fähren am Abend, wie es Anwohner seit dem Frühjahr gefordert hatten.\n\n"
         "Die zusätzlichen Fahrten kosten die Stadt rund 240.000 Euro im Jahr. Nach sechs Monaten will der Rat die "
         "Fahrgastzahlen prüfen, kündigte die Verwaltung an.\n\n",
         "Dieser Artikel wurde von unserem Faktencheck-Team geprüft. Mehr zu unseren Standards für Transparenz.",
         "Korrektur: In einer früheren Fassung dieses Artikels stand, die Fahrten kosteten 420.000 Euro im Jahr."},
        {"fr",
         "Le bac de l'île aux Moines circulera plus tard le soir\n\n"
         "Le conseil municipal a adopté jeudi un nouvel horaire pour le bac de l'île aux Moines. Dès mars, deux "
         "traversées supplémentaires seront proposées en soirée, comme le réclamaient les habitants.\n\n"
         "Ces traversées coûteront environ 240 000 euros par an à la commune, et le conseil fera le point sur la "
         "fréquentation dans six mois, a précisé le maire.\n\n",
         "Cet article a été vérifié par notre cellule de vérification. Découvrez notre charte de déontologie.",
         "Rectificatif : une version précédente de cet article indiquait un coût de 420 000 euros par an."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page + r.note + "\n\n" + r.correction + "\n");
        CHECK_FALSE(in_body(a, r.note));
        CHECK(test::in_boilerplate(a, r.note));
        CHECK(in_body(a, r.correction));
        // The note as the text's last line leaves it too.
        const Article b = parse(r.page + r.note + "\n");
        CHECK_FALSE(in_body(b, r.note));
    }
    SECTION("near misses: a paragraph on somebody's check, a note not on a check, stay over the correction") {
        const std::string told = "The port authority said the figures had been checked by an outside firm before "
                                 "the vote, and fact-checking groups found no error in them.";
        const std::string own = "This article is part of a series on the islands' ferries and their passengers.";
        for (const std::string& line : {told, own}) {
            INFO(line);
            const Article a = parse(rows[0].page + line + "\n\n" + rows[0].correction + "\n");
            CHECK(in_body(a, line));
            CHECK(in_body(a, rows[0].correction));
        }
        const std::string de = "Dieser Artikel der Satzung wurde im Oktober vom Gemeinderat geändert, sagte der "
                               "Bürgermeister.";
        const Article d = parse(rows[1].page + de + "\n\n" + rows[1].correction + "\n");
        CHECK(in_body(d, de));
    }
}

TEST_CASE("the people an about page presents amid its text are no author's box", "[region92][region]") {
    // (The people's lines and the text under them stay in the body; no one is the author.)
    auto check_people = [](const Article& a, const std::vector<std::string>& staff, const std::string& after) {
        for (const std::string& line : staff)
            CHECK(in_body(a, line));
        CHECK(in_body(a, after));
        CHECK(a.authors.empty());
    };
    SECTION("de") {
        const std::vector<std::string> staff = {
            "Jonas Hebel ist Redakteur im Ressort Sport und betreut unsere Berichte über den Amateurfußball.",
            "Karin Lutz ist Fotografin und begleitet unsere Reporter seit 2016 zu Terminen im ganzen Landkreis.",
        };
        const std::string after = "Wir finanzieren uns über Abonnements und verzichten auf Werbung von Parteien.";
        const Article a = parse(page_of({
            "Startseite",
            "Über uns",
            "Wir sind ein Team von zwölf Journalistinnen und Journalisten aus dem Kreis Lindau. Seit 2014 berichten "
            "wir unabhängig über Politik, Kultur und Sport in der Region.",
            "Unsere Redaktion sitzt in der Altstadt von Tannried. Chefredakteurin ist Miriam Scholz, die zuvor bei "
            "einer Tageszeitung gearbeitet hat.",
            staff[0],
            staff[1],
            after,
            "Kontakt",
            "Impressum",
        }));
        check_people(a, staff, after);
    }
    SECTION("en") {
        const std::vector<std::string> staff = {
            "Dana Whitfield is a senior reporter and covers the council and the courts for the paper.",
            "Tom Reddy is a photographer and staff writer who has followed our stories to every corner of the coast.",
        };
        const std::string after = "We publish six days a week and print a weekend edition on Saturdays for the whole "
                                  "coast.";
        const Article a = parse("About us\n\nWe are a team of nine reporters and editors based in Kelsey Point. Since "
                                "2015 we have covered the harbour towns, their councils, their schools and their "
                                "ferries.\n\nOur newsroom sits above the old fish market. The paper was founded by "
                                "two former teachers who wanted local news that nobody owned.\n\n" +
                                staff[0] + "\n\n" + staff[1] + "\n\n" + after + "\n\nContact\nPrivacy\n");
        check_people(a, staff, after);
    }
    SECTION("near misses: the authors' boxes closing an article, with no text under them, leave it") {
        const std::vector<std::string> boxes = {
            "Dana Whitfield is a senior reporter and covers the council and the courts for the Harbour Post.",
            "Tom Reddy is a staff writer for the Harbour Post who covers transport and the port.",
        };
        const std::string article =
            "Harbour council approves new ferry timetable\n\nThe Harbour council on Thursday approved a new ferry "
            "timetable that adds two evening crossings between Kelsey Point and Marrow Island, a change residents "
            "had asked for since the spring.\n\nThe new crossings will cost the city about $240,000 a year, according "
            "to a staff report, and the council will review ridership after six months.\n\n";
        const Article a = parse(article + boxes[0] + "\n\n" + boxes[1] + "\n\nShare this article\nMore from Local\n");
        for (const std::string& line : boxes)
            CHECK_FALSE(in_body(a, line));
        // A prompt under the boxes is no text going on.
        const Article b = parse(article + boxes[0] + "\n\n" + boxes[1] +
                                "\n\nSubscribe now to get the Harbour Post delivered to your door every morning.\n");
        for (const std::string& line : boxes)
            CHECK_FALSE(in_body(b, line));
    }
}
