<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleActions</name>
    <message>
        <location filename="../../editor/ui/article_actions.py" line="+43"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Section title:</source>
        <translation>Section title:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No other article is waiting to be proofread</source>
        <translation>No other article is waiting to be proofread</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this article:</source>
        <translation>Comment on this article:</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../editor/ui/article_editor.py" line="+81"/>
        <source>Choose an article in the structure tree.</source>
        <translation>Choose an article in the structure tree.</translation>
    </message>
    <message>
        <location line="+240"/>
        <location line="+7"/>
        <location line="+61"/>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+38"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+48"/>
        <source>Move to article</source>
        <translation>Move to article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by headline</source>
        <translation>Filter by headline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty article)</source>
        <translation>(empty article)</translation>
    </message>
</context>
<context>
    <name>BlockEdits</name>
    <message>
        <location filename="../../editor/ui/block_edits.py" line="+48"/>
        <source>Split paragraph</source>
        <translation>Split paragraph</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Join paragraphs</source>
        <translation>Join paragraphs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete text</source>
        <translation>Delete text</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete paragraphs</source>
        <translation>Delete paragraphs</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paste paragraphs</source>
        <translation>Paste paragraphs</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Move block</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set style: %1</source>
        <translation>Set style: %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../editor/ui/controller.py" line="+148"/>
        <source>Auto-repair</source>
        <translation>Auto-repair</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignore: %1</source>
        <translation>Ignore: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fix all: %1</source>
        <translation>Fix all: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revert repair: %1</source>
        <translation>Revert repair: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete section</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge articles</source>
        <translation>Merge articles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Split article</source>
        <translation>Split article</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move to article</source>
        <translation>Move to article</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page furniture</source>
        <translation>Page furniture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../editor/ui/diff_view.py" line="+201"/>
        <source>Cleaned text</source>
        <translation>Cleaned text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation>Source text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Green: text that is not in the source as printed; blue: text moved from another place</source>
        <translation>Green: text that is not in the source as printed; blue: text moved from another place</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red: source text that is no longer in the article; blue: text moved to another place</source>
        <translation>Red: source text that is no longer in the article; blue: text moved to another place</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No article selected.</source>
        <translation>No article selected.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The text is as printed (only line breaks and spacing differ).</source>
        <translation>The text is as printed (only line breaks and spacing differ).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n character(s) moved</source>
        <translation>
            <numerusform>%n character moved</numerusform>
            <numerusform>%n characters moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n character(s) not in the source</source>
        <translation>
            <numerusform>%n character not in the source</numerusform>
            <numerusform>%n characters not in the source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source character(s) not in the article</source>
        <translation>
            <numerusform>%n source character not in the article</numerusform>
            <numerusform>%n source characters not in the article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskChangedDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+138"/>
        <source>Project changed on disk</source>
        <translation>Project changed on disk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was moved or deleted since you opened it.</source>
        <translation>%1 was moved or deleted since you opened it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed by someone else since you opened or saved it.</source>
        <translation>%1 was changed by someone else since you opened or saved it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite replaces their version with yours (it is kept as a backup). Reload shows their version and discards your unsaved changes. Save elsewhere keeps both.</source>
        <translation>Overwrite replaces their version with yours (it is kept as a backup). Reload shows their version and discards your unsaved changes. Save elsewhere keeps both.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;elsewhere…</source>
        <translation>Save &amp;elsewhere…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="+96"/>
        <location line="+224"/>
        <location line="+29"/>
        <location line="+6"/>
        <location line="+11"/>
        <source>Export edition</source>
        <translation>Export edition</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bylines</source>
        <translation>Bylines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datelines</source>
        <translation>Datelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per article</source>
        <translation>One file per article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack into one zip archive</source>
        <translation>Pack into one zip archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to</source>
        <translation>Write to</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>JSON (layout-assistant/edition)</source>
        <translation>JSON (layout-assistant/edition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (one article per line)</source>
        <translation>JSON Lines (one article per line)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>HTML page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (for a CMS)</source>
        <translation>Plain text (for a CMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NITF 3.6 XML (one document per article)</source>
        <translation>NITF 3.6 XML (one document per article)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Preview (updating…)</source>
        <translation>Preview (updating…)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One file.</source>
        <translation>One file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder (created if needed) with one file per article.</source>
        <translation>A folder (created if needed) with one file per article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One zip archive with one document per article.</source>
        <translation>One zip archive with one document per article.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export into folder</source>
        <translation>Export into folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zip archives</source>
        <translation>Zip archives</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose where to write the export.</source>
        <translation>Choose where to write the export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a file this edition was read from: the export would replace it. Choose another name.</source>
        <translation>%1 is a file this edition was read from: the export would replace it. Choose another name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing the export…</source>
        <translation>Writing the export…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 files written</source>
        <translation>%1 of %2 files written</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported to %1 in %2.</source>
        <translation>Exported to %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) written in %2.</source>
        <translation>
            <numerusform>%n file written in %2.</numerusform>
            <numerusform>%n files written in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export stopped after %1 files.</source>
        <translation>Export stopped after %1 files.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed because of an error in the program (%1: %2). Please report it with the edition.</source>
        <translation>The export failed because of an error in the program (%1: %2). Please report it with the edition.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preview (the beginning of the first file)</source>
        <translation>Preview (the beginning of the first file)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping after the file being written…</source>
        <translation>Stopping after the file being written…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../editor/ui/file_actions.py" line="+79"/>
        <location line="+5"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition could not be read because of an error in the program (%1: %2). Please report it with the file.</source>
        <translation>The edition could not be read because of an error in the program (%1: %2). Please report it with the file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the edition&apos;s text</source>
        <translation>Check the edition&apos;s text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 took this project over first; it is opened read-only.</source>
        <translation>%1 took this project over first; it is opened read-only.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lock can be written in the folder of %1 (%2), so others could not see that you are editing it. It is opened read-only: use Save As to keep your changes in a folder you can write to.</source>
        <translation>No lock can be written in the folder of %1 (%2), so others could not see that you are editing it. It is opened read-only: use Save As to keep your changes in a folder you can write to.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import edition text (one file per page)</source>
        <translation>Import edition text (one file per page)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout Assistant projects (*%1);;All files (*)</source>
        <translation>Layout Assistant projects (*%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This project is open read-only: use Save As to keep your own copy</source>
        <translation>This project is open read-only: use Save As to keep your own copy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout Assistant projects (*%1)</source>
        <translation>Layout Assistant projects (*%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <location line="+15"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>This project is open read-only. Save it under another name.</source>
        <translation>This project is open read-only. Save it under another name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project taken over</source>
        <translation>Project taken over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took this project over, so your changes were not saved there. Save them under another name.</source>
        <translation>%1 took this project over, so your changes were not saved there. Save them under another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is open in another window (%2). Choose another name.</source>
        <translation>%1 is open in another window (%2). Choose another name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project was not saved: %1

Your changes are still open in this window and the file on disk is as it was. Try Save As in another folder.</source>
        <translation>The project was not saved: %1

Your changes are still open in this window and the file on disk is as it was. Try Save As in another folder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reload project</source>
        <translation>Reload project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your unsaved changes and show the version on disk?</source>
        <translation>Discard your unsaved changes and show the version on disk?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reloaded %1</source>
        <translation>Reloaded %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was moved or deleted since you opened it.</source>
        <translation>%1 was moved or deleted since you opened it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project file was changed by someone else; you will be asked before saving over it</source>
        <translation>The project file was changed by someone else; you will be asked before saving over it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project changed on disk</source>
        <translation>Project changed on disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by someone else. Reload it?</source>
        <translation>%1 was changed by someone else. Reload it?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition has changes that are not saved. Save them first?</source>
        <translation>The edition has changes that are not saved. Save them first?</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../editor/ui/problem_text.py" line="+25"/>
        <source>The file is empty (or holds only whitespace); choose the edition&apos;s text file.</source>
        <translation>The file is empty (or holds only whitespace); choose the edition&apos;s text file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a text file (a PDF, a Word document, an image or an archive?); export the edition as plain text first.</source>
        <translation>This is not a text file (a PDF, a Word document, an image or an archive?); export the edition as plain text first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text holds NUL bytes, so it is binary or a damaged file; save it again as plain text (UTF-8).</source>
        <translation>The text holds NUL bytes, so it is binary or a damaged file; save it again as plain text (UTF-8).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encoding of this file is not recognised; save it as UTF-8 (or GB18030) text and try again.</source>
        <translation>The encoding of this file is not recognised; save it as UTF-8 (or GB18030) text and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a folder, not a file; choose the edition&apos;s text file.</source>
        <translation>This is a folder, not a file; choose the edition&apos;s text file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a device, not a file; choose the edition&apos;s text file.</source>
        <translation>This is a device, not a file; choose the edition&apos;s text file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than the %1 MB an edition can be; split it into page files.</source>
        <translation>The file is larger than the %1 MB an edition can be; split it into page files.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such file; check the path.</source>
        <translation>There is no such file; check the path.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Layout Assistant project file; open an edition&apos;s text file or a .layout.json project.</source>
        <translation>This is not a Layout Assistant project file; open an edition&apos;s text file or a .layout.json project.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project was saved by a newer version of Layout Assistant; update the program to open it.</source>
        <translation>This project was saved by a newer version of Layout Assistant; update the program to open it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>The project file is damaged.</source>
        <translation>The project file is damaged.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The project file is damaged or incomplete.</source>
        <translation>The project file is damaged or incomplete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder, not a project file.</source>
        <translation>This is a folder, not a project file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such project file; check the path.</source>
        <translation>There is no such project file; check the path.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it leads outside the folder</source>
        <translation>it leads outside the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of that name is in the way</source>
        <translation>a file of that name is in the way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the edition was read from this file, and the export would replace it</source>
        <translation>the edition was read from this file, and the export would replace it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>Device or resource busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>an unknown user</source>
        <translation>an unknown user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown computer</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 on %2 since %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 on %2 (process %3) since %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file cannot be used: %1.</source>
        <translation>The file cannot be used: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file cannot be read; check that you may read it.</source>
        <translation>The file cannot be read; check that you may read it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read (%1); check that you may read it and that its disk or network folder is there.</source>
        <translation>The file cannot be read (%1); check that you may read it and that its disk or network folder is there.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file is damaged (broken JSON at line %1, column %2).</source>
        <translation>The project file is damaged (broken JSON at line %1, column %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> The previous save is kept in %1.</source>
        <translation> The previous save is kept in %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It cannot be written here (%1); choose another name or folder for the export.</source>
        <translation>It cannot be written here (%1); choose another name or folder for the export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It cannot be written here; choose another folder, or check its permissions and free space.</source>
        <translation>It cannot be written here; choose another folder, or check its permissions and free space.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It cannot be written here (%1); choose another folder, or check its permissions and free space.</source>
        <translation>It cannot be written here (%1); choose another folder, or check its permissions and free space.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: each line holds several columns side by side, as an extraction that keeps the page layout writes them (pdftotext -layout, for one); the stories&apos; sentences are mixed line by line and cannot be put back. Extract the text again without keeping the layout, and open that file.</source>
        <translation>%1: each line holds several columns side by side, as an extraction that keeps the page layout writes them (pdftotext -layout, for one); the stories&apos; sentences are mixed line by line and cannot be put back. Extract the text again without keeping the layout, and open that file.</translation>
    </message>
</context>
<context>
    <name>FindReplaceWidget</name>
    <message>
        <location filename="../../editor/ui/find_replace.py" line="+204"/>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular e&amp;xpression</source>
        <translation>Regular e&amp;xpression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole edition</source>
        <translation>Whole edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current article</source>
        <translation>Current article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>a “(” is not closed</source>
        <translation>a “(” is not closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a “)” has no “(”</source>
        <translation>a “)” has no “(”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat sign has nothing before it</source>
        <translation>a repeat sign has nothing before it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two repeat signs follow each other</source>
        <translation>two repeat signs follow each other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a “[” is not closed</source>
        <translation>a “[” is not closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it ends with a backslash</source>
        <translation>it ends with a backslash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown escape %1</source>
        <translation>unknown escape %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the character range %1 is backwards</source>
        <translation>the character range %1 is backwards</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the least repeat is more than the most</source>
        <translation>the least repeat is more than the most</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a look-behind must have a fixed length</source>
        <translation>a look-behind must have a fixed length</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no group %1</source>
        <translation>there is no group %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no group named “%1”</source>
        <translation>there is no group named “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a group name is missing</source>
        <translation>a group name is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern ends too early</source>
        <translation>the pattern ends too early</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Replace &amp;with:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article selected</source>
        <translation>No article selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Type the text to find.</source>
        <translation>Type the text to find.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>Invalid regular expression: %1 (at character %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid regular expression: %1</source>
        <translation>Invalid regular expression: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid replacement: %1</source>
        <translation>Invalid replacement: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Match %1 of %2</source>
        <translation>Match %1 of %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to change: the text is already the replacement</source>
        <translation>Nothing to change: the text is already the replacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../../editor/ui/finding_text.py" line="+19"/>
        <source>The paragraph ends without sentence punctuation (…{end}) and the next block continues the sentence ({start}…).</source>
        <translation>The paragraph ends without sentence punctuation (…{end}) and the next block continues the sentence ({start}…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo caption goes on in the next block ({start}…), which opens no caption of its own: one caption printed in two.</source>
        <translation>The photo caption goes on in the next block ({start}…), which opens no caption of its own: one caption printed in two.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The paragraph cut at “…{end}” goes on at “{start}…”, printed inside “{headline}”: two columns were read across.</source>
        <translation>The paragraph cut at “…{end}” goes on at “{start}…”, printed inside “{headline}”: two columns were read across.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The headline group “{headline}” sits inside a cut paragraph (…{end} | {start}…); it heads the body printed before it.</source>
        <translation>The headline group “{headline}” sits inside a cut paragraph (…{end} | {start}…); it heads the body printed before it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The headline “{headline}” sits inside a cut paragraph (…{end} | {start}…); the paragraph is joined again and the headline heads the text printed after it.</source>
        <translation>The headline “{headline}” sits inside a cut paragraph (…{end} | {start}…); the paragraph is joined again and the headline heads the text printed after it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{headline}” heads a story of its own: the text after it is signed by {second}, the story before it by {first}.</source>
        <translation>“{headline}” heads a story of its own: the text after it is signed by {second}, the story before it by {first}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body text with no headline ({start}…) continues the article before it.</source>
        <translation>Body text with no headline ({start}…) continues the article before it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body text with no headline ({start}…) comes just before “{headline}”.</source>
        <translation>Body text with no headline ({start}…) comes just before “{headline}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body text with no headline ({start}…) follows a finished article.</source>
        <translation>Body text with no headline ({start}…) follows a finished article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body text with no headline ({start}…).</source>
        <translation>Body text with no headline ({start}…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body text with no headline (“{start}…”) ends with its byline: the end of a story that starts on another page.</source>
        <translation>Body text with no headline (“{start}…”) ends with its byline: the end of a story that starts on another page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dateline starts body text that has no headline ({start}…).</source>
        <translation>A dateline starts body text that has no headline ({start}…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dateline “{field}” is glued to the first paragraph.</source>
        <translation>The dateline “{field}” is glued to the first paragraph.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The byline “{field}” is glued to the last paragraph.</source>
        <translation>The byline “{field}” is glued to the last paragraph.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is a dateline, not a paragraph.</source>
        <translation>“{text}” is a dateline, not a paragraph.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is a byline, not a paragraph.</source>
        <translation>“{text}” is a byline, not a paragraph.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo credit “{field}” is glued to the caption.</source>
        <translation>The photo credit “{field}” is glued to the caption.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caption “{caption}…” belongs to “{headline}”.</source>
        <translation>The caption “{caption}…” belongs to “{headline}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{out}” continues at “{in}”: the two parts of “{headline}” are one article.</source>
        <translation>“{out}” continues at “{in}”: the two parts of “{headline}” are one article.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is page furniture (a page header or footer).</source>
        <translation>“{text}” is page furniture (a page header or footer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article is empty.</source>
        <translation>The article is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{headline}” has a headline but no text.</source>
        <translation>“{headline}” has a headline but no text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split paragraph</source>
        <translation>Split paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misplaced headline</source>
        <translation>Misplaced headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body without headline</source>
        <translation>Body without headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline in paragraph</source>
        <translation>Dateline in paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline in paragraph</source>
        <translation>Byline in paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit in caption</source>
        <translation>Credit in caption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption away from its article</source>
        <translation>Caption away from its article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump continuation</source>
        <translation>Jump continuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page furniture</source>
        <translation>Page furniture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty article</source>
        <translation>Empty article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No headline</source>
        <translation>No headline</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../editor/ui/findings_panel.py" line="+165"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location line="-107"/>
        <source>(section)</source>
        <translation>(section)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(page furniture)</source>
        <translation>(page furniture)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>Current article only</source>
        <translation>Current article only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only what concerns the article being edited</source>
        <translation>List only what concerns the article being edited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix</source>
        <translation>&amp;Fix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply the fix of the selected finding</source>
        <translation>Apply the fix of the selected finding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected finding from now on</source>
        <translation>Hide the selected finding from now on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix &amp;all of this kind</source>
        <translation>Fix &amp;all of this kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply every finding of the selected kind, as one undo step</source>
        <translation>Apply every finding of the selected kind, as one undo step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the selected auto-repair</source>
        <translation>Take back the selected auto-repair</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied repairs (%1)</source>
        <translation>Applied repairs (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open findings</source>
        <translation>No open findings</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n repair(s) applied on import</source>
        <translation>
            <numerusform>%n repair applied on import</numerusform>
            <numerusform>%n repairs applied on import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n reverted</source>
        <translation>
            <numerusform>, %n reverted</numerusform>
            <numerusform>, %n reverted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Fixed: %1</source>
        <translation>Fixed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: the fix no longer applies.</source>
        <translation>Nothing to change: the fix no longer applies.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignored: %1</source>
        <translation>Ignored: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Fixed %n finding(s) of kind “%1”</source>
        <translation>
            <numerusform>Fixed %n finding of kind “%1”</numerusform>
            <numerusform>Fixed %n findings of kind “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change for “%1”.</source>
        <translation>Nothing to change for “%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reverted: %1</source>
        <translation>Reverted: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This repair cannot be reverted: its blocks have changed since.</source>
        <translation>This repair cannot be reverted: its blocks have changed since.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="-77"/>
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window.</source>
        <translation>%1 is open in another window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by %1.</source>
        <translation>Opened by %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That window seems to be gone (its process has ended, or the lock is old). You can take the project over, or open it read-only.</source>
        <translation>That window seems to be gone (its process has ended, or the lock is old). You can take the project over, or open it read-only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can open it read-only and save your changes under another name; ask them to close it before you edit it.</source>
        <translation>You can open it read-only and save your changes under another name; ask them to close it before you edit it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take over</source>
        <translation>&amp;Take over</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="+150"/>
        <source>Edition as opened</source>
        <translation>Edition as opened</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>This project is open read-only; use Save As to keep your own copy</source>
        <translation>This project is open read-only; use Save As to keep your own copy</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No edition</source>
        <translation>No edition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../editor/ui/translations.py" line="+90"/>
        <source>Layout Assistant</source>
        <translation>Layout Assistant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 proofread</source>
        <translation>%1 of %2 proofread</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article: %1 characters · Edition: %2 characters</source>
        <translation>Article: %1 characters · Edition: %2 characters</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Layout Assistant</source>
        <translation>About Layout Assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Layout Assistant (版面助手)&lt;/h3&gt;&lt;p&gt;Rebuilds the structure of printed newspaper editions from their text, helps editors proofread and repair it, and exports clean structured files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Layout Assistant (版面助手)&lt;/h3&gt;&lt;p&gt;Rebuilds the structure of printed newspaper editions from their text, helps editors proofread and repair it, and exports clean structured files.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="-66"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings at least this confident are repaired when an edition is imported; above 1.00 nothing is.</source>
        <translation>Findings at least this confident are repaired when an edition is imported; above 1.00 nothing is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-repair confidence:</source>
        <translation>Auto-repair confidence:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep unsaved work every:</source>
        <translation>Keep unsaved work every:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/translations.py" line="-63"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <location filename="../../editor/ui/recovery_actions.py" line="+42"/>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved work kept for recovery</source>
        <translation>Unsaved work kept for recovery</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No unsaved work to recover</source>
        <translation>No unsaved work to recover</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+133"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These windows closed without saving their work (the program or the computer stopped). Recover one now; Discard deletes the selected work for good; Later keeps it for the next start.</source>
        <translation>These windows closed without saving their work (the program or the computer stopped). Recover one now; Discard deletes the selected work for good; Later keeps it for the next start.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edition or project</source>
        <translation>Edition or project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last kept</source>
        <translation>Last kept</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>RepairsModel</name>
    <message>
        <location filename="../../editor/ui/findings_panel.py" line="-391"/>
        <source>Reverted</source>
        <translation>Reverted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../editor/ui/role_styles.py" line="+59"/>
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subhead</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo credit</source>
        <translation>Photo credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump line</source>
        <translation>Jump line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s note</source>
        <translation>Editor&apos;s note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section title</source>
        <translation>Section title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page furniture</source>
        <translation>Page furniture</translation>
    </message>
</context>
<context>
    <name>RoleBox</name>
    <message>
        <location line="+94"/>
        <source>Style of the paragraph at the cursor (Ctrl+0…9)</source>
        <translation>Style of the paragraph at the cursor (Ctrl+0…9)</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../../editor/ui/source_panel.py" line="+154"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original text; click a line to go to its block</source>
        <translation>The original text; click a line to go to its block</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page %1 — %2</source>
        <translation>Page %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines %1–%2</source>
        <translation>Lines %1–%2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/ui/controller.py" line="-433"/>
        <source>Not yet proofread</source>
        <translation>Not yet proofread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofread</source>
        <translation>Proofread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="+158"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page furniture (%1)</source>
        <translation>Page furniture (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page headers and footers, which belong to no article</source>
        <translation>Page headers and footers, which belong to no article</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(empty article)</source>
        <translation>(empty article)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(untitled section)</source>
        <translation>(untitled section)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Move article</source>
        <translation>Move article</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location line="+585"/>
        <source>No article matches this filter.
Choose “All articles” above to see them all.</source>
        <translation>No article matches this filter.
Choose “All articles” above to see them all.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../editor/ui/window_menus.py" line="+243"/>
        <source>&amp;Import text…</source>
        <translation>&amp;Import text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover unsaved work…</source>
        <translation>&amp;Recover unsaved work…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Find and replace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo &amp;history</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;section…</source>
        <translation>New &amp;section…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename section…</source>
        <translation>&amp;Rename section…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with previous article</source>
        <translation>&amp;Merge with previous article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;plit article here</source>
        <translation>S&amp;plit article here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;article…</source>
        <translation>Move to &amp;article…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt article not yet proofread</source>
        <translation>Ne&amp;xt article not yet proofread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpand all sections</source>
        <translation>E&amp;xpand all sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse all sections</source>
        <translation>C&amp;ollapse all sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Layout Assistant</source>
        <translation>&amp;About Layout Assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;files</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition as opened</source>
        <translation>Edition as opened</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With open findings</source>
        <translation>With open findings</translation>
    </message>
</context>
</TS>
