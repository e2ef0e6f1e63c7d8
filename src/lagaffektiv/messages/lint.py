"""The linter's messages (lint/checks.py, lint/sound.py, lint/runner.py): key -> (English, Swedish).

Swedish is written for a clinic educator editing a scenario file: du-form, the file's own words
(YAML keys such as 'if', choices, 'variables:') kept as they stand in the file.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # shared pieces
    "did_you_mean": (" (did you mean '{name}'?)", " (menade du '{name}'?)"),
    "and": ("{a} and {b}", "{a} och {b}"),
    "warning": ("warning", "varning"),
    # LA005 duplicates
    "dup_character": ("character id '{id}' is used twice", "id '{id}' används av två personer"),
    "dup_room": ("room id '{id}' is used twice", "id '{id}' används av två rum"),
    "dup_node": ("node id '{id}' is used twice", "id '{id}' används av två noder"),
    "dup_answer": ("answer id '{id}' is used twice", "id '{id}' används av två svar"),
    "dup_sound": ("sound id '{id}' is defined twice under 'sounds:'", "ljudet '{id}' definieras två gånger under 'sounds:'"),
    "dup_in_room": ("id '{id}' is used twice in room '{room}'", "id '{id}' används två gånger i rummet '{room}'"),
    "dup_choice": ("choice id '{id}' is used twice (choice ids are unique in a scenario)",
                   "id '{id}' används av två val (varje val behöver ett eget id i scenariot)"),
    # LA011 texts
    "missing_sv": ("missing Swedish text ('sv:')", "svensk text saknas ('sv:')"),
    "missing_en": ("missing English text ('en:')", "engelsk text saknas ('en:')"),
    # node kinds
    "no_way_on": ("node '{node}' has no way on (no choices, positioning, checkpoint or next) and is not an ending",
                  "noden '{node}' leder inte vidare (inga choices, positioning, checkpoint eller next) och är "
                  "inget slut"),
    "several_kinds": ("node '{node}' has {present}; a node is exactly one of: {kinds}",
                      "noden '{node}' har {present}; en nod är exakt en av: {kinds}"),
    "timer_without_choices": ("node '{node}' has a timer but no choices; timers belong to decisions",
                              "noden '{node}' har timer men inga choices; en timer hör bara hemma i ett beslut"),
    "facilitator_on_ending": (
        "node '{node}' is an ending but has 'facilitator:' notes; the room decides nothing there, so workshop "
        "mode never shows them: move them to the decision before or after it",
        "noden '{node}' är ett slut men har anteckningar under 'facilitator:'; där har gruppen inget att "
        "besluta, så workshopläget visar dem aldrig: flytta dem till beslutet före eller efter"),
    "facilitator_on_passage": (
        "node '{node}' is a passage (it only continues) but has 'facilitator:' notes; the room decides nothing "
        "there, so workshop mode never shows them: move them to the decision before or after it",
        "noden '{node}' är en passage (den går bara vidare) men har anteckningar under 'facilitator:'; där har "
        "gruppen inget att besluta, så workshopläget visar dem aldrig: flytta dem till beslutet före eller efter"),
    "positioning_without_scene": (
        "positioning node '{node}' needs a 'scene' with the room and where the characters stand",
        "placeringsnoden '{node}' behöver en 'scene' med rummet och var personerna står"),
    # references
    "unknown_start": ("start node '{name}' does not exist{hint}", "startnoden '{name}' finns inte{hint}"),
    "goto_unknown_node": ("goes to unknown node '{name}'{hint}", "går till en okänd nod '{name}'{hint}"),
    "branch_not_last": ("a branch without 'if' must come last; the branches after it never run",
                        "en gren utan 'if' måste komma sist; grenarna efter den körs aldrig"),
    "no_fallback": ("the last branch has an 'if'; add a final branch without 'if' so the scenario always has a "
                    "way on",
                    "den sista grenen har ett 'if'; lägg till en sista gren utan 'if' så att scenariot alltid kan "
                    "gå vidare"),
    "interrupt_unknown_node": ("interrupt goes to unknown node '{name}'{hint}",
                               "avbrottet går till en okänd nod '{name}'{hint}"),
    "unknown_variable": ("unknown variable '{name}'{hint}; declare it under 'variables:'",
                         "okänd variabel '{name}'{hint}; deklarera den under 'variables:'"),
    "unknown_character": ("unknown character '{name}'{hint}", "okänd person '{name}'{hint}"),
    "unknown_node": ("unknown node '{name}'{hint}", "okänd nod '{name}'{hint}"),
    "unknown_choice": ("unknown choice '{name}'{hint}", "okänt val '{name}'{hint}"),
    "line_unknown_character": ("line spoken by unknown character '{name}'{hint}",
                               "repliken sägs av en okänd person '{name}'{hint}"),
    "speaker_not_in_scene": ("'{name}' speaks here but is not in this node's scene",
                             "'{name}' talar här men är inte med i den här nodens scene"),
    "scene_needs_room": ("the scene of '{node}' must say which room it is in ('room:'), since the scenario has "
                         "several rooms",
                         "scenen i '{node}' måste ange vilket rum den utspelar sig i ('room:'), eftersom scenariot "
                         "har flera rum"),
    "unknown_room": ("unknown room '{name}'{hint}", "okänt rum '{name}'{hint}"),
    # graph
    "unreachable": ("node '{node}' cannot be reached from the start node '{start}'",
                    "noden '{node}' kan inte nås från startnoden '{start}'"),
    "no_ending_reachable": ("no ending can be reached from the start node",
                            "inget slut kan nås från startnoden"),
    "no_ending_node": ("no ending can be reached from the start node; the scenario has no ending node",
                       "inget slut kan nås från startnoden; scenariot har ingen slutnod"),
    "loop_without_exit": ("from node '{node}' no ending can be reached (a loop with no way out)",
                          "från noden '{node}' går inget slut att nå (en slinga utan väg ut)"),
    # principles, sources, assets
    "unknown_principle": ("unknown principle '{name}'{hint}", "okänd princip '{name}'{hint}"),
    "unknown_source": ("unknown source section '{name}'{hint}", "okänt källavsnitt '{name}'{hint}"),
    "asset_not_relative": ("asset path '{path}' must be relative to the scenario's folder, with / and no ..",
                           "sökvägen '{path}' måste utgå från scenariots mapp, med / och utan .."),
    "asset_outside": ("asset path '{path}' leads outside the scenario's folder",
                      "sökvägen '{path}' leder ut ur scenariots mapp"),
    "asset_missing": ("asset '{path}' not found next to the scenario",
                      "filen '{path}' finns inte i scenariots mapp"),
    # floor plans
    "door_not_on_wall": ("door '{id}' at ({x:g}, {y:g}) is not on a wall of the {w:g} × {h:g} m room, or is too "
                         "wide for it",
                         "dörren '{id}' vid ({x:g}, {y:g}) sitter inte på någon vägg i rummet på {w:g} × {h:g} m, "
                         "eller är för bred för den"),
    "obstacle_outside": ("obstacle '{id}' reaches outside the room", "hindret '{id}' sticker ut utanför rummet"),
    "obstacles_overlap": ("obstacles '{a}' and '{b}' overlap; draw them side by side or as one",
                          "hindren '{a}' och '{b}' överlappar; rita dem bredvid varandra eller som ett"),
    "alarm_outside": ("alarm '{id}' is outside the room", "larmet '{id}' ligger utanför rummet"),
    "seated_on_unknown": ("character '{id}' is seated_on '{on}', which is not furniture in room '{room}'{hint}",
                          "personen '{id}' har seated_on '{on}', som inte är en möbel i rummet '{room}'{hint}"),
    "not_on_furniture": ("character '{id}' at ({x:g}, {y:g}) is not on '{on}'",
                         "personen '{id}' vid ({x:g}, {y:g}) sitter inte på '{on}'"),
    "spot_character": ("character '{id}'", "personen '{id}'"),
    "spot_learner": ("the learner", "den som övar"),
    "spot_learner_start": ("the learner's start", "startplatsen för den som övar"),
    "spot_outside_room": ("{what} at ({x:g}, {y:g}) is outside room '{room}' ({w:g} × {h:g} m)",
                          "{what} vid ({x:g}, {y:g}) är utanför rummet '{room}' ({w:g} × {h:g} m)"),
    "spot_in_furniture": ("{what} at ({x:g}, {y:g}) stands inside furniture",
                          "{what} vid ({x:g}, {y:g}) står inne i en möbel"),
    # decisions
    "all_choices_conditional": ("every choice of '{node}' has an 'if'; give at least one choice without a condition "
                                "so the learner is never left without options",
                                "alla val i '{node}' har ett 'if'; ge minst ett val utan villkor så att den som "
                                "övar aldrig står utan alternativ"),
    "no_expert_choice": ("no choice of '{node}' is marked 'expert: true'; the debrief cannot show the recommended "
                         "alternative",
                         "inget val i '{node}' är markerat med 'expert: true'; genomgången kan inte visa det "
                         "rekommenderade alternativet"),
    "no_correct_answer": ("no answer is marked 'correct: true'", "inget svar är markerat med 'correct: true'"),
    "several_correct": ("{n} answers are correct but 'multiple' is not true",
                        "{n} svar är rätt men 'multiple' är inte true"),
    # characters and settings
    "no_causes": ("'{id}' acts out but has no 'causes:'; give a plausible cause (pain, fear, a long wait, ...) so "
                  "the learner can address it",
                  "'{id}' agerar ut men saknar 'causes:'; ange en trolig orsak (smärta, rädsla, lång väntan ...) så "
                  "att den som övar kan bemöta den"),
    "phases_must_rise": ("phase thresholds must rise: trigger < escalation < pre_crisis < crisis <= 100 (now {now})",
                         "fasgränserna måste stiga: trigger < escalation < pre_crisis < crisis <= 100 (nu {now})"),
    "angles": ("angle_min ({min:g}) must be below angle_max ({max:g}), which is at most 180",
               "angle_min ({min:g}) måste vara mindre än angle_max ({max:g}), som får vara högst 180"),
    "agitated_below_trigger": ("agitated_from ({value:g}) is below the trigger threshold ({trigger:g}): calm "
                               "characters would be judged as agitated",
                               "agitated_from ({value:g}) ligger under triggergränsen ({trigger:g}): lugna personer "
                               "skulle bedömas som upprörda"),
    "no_staff_door": ("room '{room}' has no door for staff, so no placement in '{node}' can keep the learner's own "
                      "way out; add 'staff' to a door's exit_for",
                      "rummet '{room}' har ingen dörr för personalen, så ingen placering i '{node}' kan hålla den "
                      "egna vägen ut fri; lägg till 'staff' i en dörrs exit_for"),
    # sounds (lint/sound.py)
    "sound_like_unknown": ("sound '{id}' is like unknown sound '{like}'{hint}",
                           "ljudet '{id}' bygger på ett okänt ljud '{like}'{hint}"),
    "sound_no_caption": ("sound '{id}' has no caption; give 'caption: {{sv: ..., en: ...}}' saying what is heard, "
                         "so nothing depends on hearing it",
                         "ljudet '{id}' saknar caption; skriv 'caption: {{sv: ..., en: ...}}' som säger vad som "
                         "hörs, så att inget hänger på att man hör det"),
    "sound_builtin_id": ("sound '{id}' has the id of a built-in sound; give it an id of its own",
                         "ljudet '{id}' har samma id som ett inbyggt ljud; ge det ett eget id"),
    "unknown_sound": ("unknown sound '{id}'{hint}; 'lagaffektiv sounds' lists them",
                      "okänt ljud '{id}'{hint}; 'lagaffektiv sounds' listar dem"),
    "silence_not_cue": ("'{id}' stops the ambience; it is not a cue",
                        "'{id}' stoppar bakgrundsljudet; det kan inte användas som cue"),
    "ambient_as_cue": ("sound '{id}' is an ambience (a loop) and cannot be used as a cue",
                       "ljudet '{id}' är ett bakgrundsljud (en slinga) och kan inte användas som cue"),
    "cue_as_ambient": ("sound '{id}' is a cue (played once) and cannot be used as an ambience",
                       "ljudet '{id}' är en cue (spelas en gång) och kan inte användas som ambient"),
    # the runner
    "empty_file": ("the file is empty", "filen är tom"),
    "not_a_mapping": ("a scenario file must be a mapping of keys (format, id, title, ...), not a list or a single "
                      "value",
                      "en scenariofil måste vara en mappning av nycklar (format, id, title, ...), inte en lista "
                      "eller ett enstaka värde"),
    "internal_error": ("internal error while checking this file ({error} at {where}); please report it",
                       "internt fel när filen kontrollerades ({error} i {where}); rapportera det gärna"),
    "lint_summary": ("{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
                     "{files} fil(er) kontrollerade: {errors} fel, {warnings} varning(ar)"),
    "no_such_path": ("no such file or folder", "filen eller mappen finns inte"),
    "no_scenario_files": ("no scenario files (.yaml) in this folder", "mappen innehåller inga scenariofiler (.yaml)"),
    "id_used_by": ("scenario id '{id}' is already used by {file}", "scenario-id:t '{id}' används redan av {file}"),
    "id_used_by_replace": ("scenario id '{id}' is already used by {file}; import this pack again with --replace "
                           "to use this one instead",
                           "scenario-id:t '{id}' används redan av {file}; importera paketet igen med --replace "
                           "för att använda det här i stället"),
}
