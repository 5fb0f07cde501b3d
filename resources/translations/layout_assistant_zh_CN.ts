<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleActions</name>
    <message>
        <location filename="../../editor/ui/article_actions.py" line="+43"/>
        <source>New section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Section title:</source>
        <translation>栏目标题：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rename section</source>
        <translation>重命名栏目</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No other article is waiting to be proofread</source>
        <translation>没有其他待校对的稿件</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on this article:</source>
        <translation>对本稿件的批注：</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../editor/ui/article_editor.py" line="+81"/>
        <source>Choose an article in the structure tree.</source>
        <translation>请在结构树中选择一篇稿件。</translation>
    </message>
    <message>
        <location line="+240"/>
        <location line="+7"/>
        <location line="+61"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+38"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+48"/>
        <source>Move to article</source>
        <translation>移到稿件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by headline</source>
        <translation>按标题筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty article)</source>
        <translation>（空稿件）</translation>
    </message>
</context>
<context>
    <name>BlockEdits</name>
    <message>
        <location filename="../../editor/ui/block_edits.py" line="+48"/>
        <source>Split paragraph</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Join paragraphs</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete paragraphs</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paste paragraphs</source>
        <translation>粘贴段落</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Move block</source>
        <translation>移动文字块</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set style: %1</source>
        <translation>设置样式：%1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../editor/ui/controller.py" line="+148"/>
        <source>Auto-repair</source>
        <translation>自动修复</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignore: %1</source>
        <translation>忽略：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fix all: %1</source>
        <translation>全部修复：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revert repair: %1</source>
        <translation>撤回修复：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New article</source>
        <translation>新建稿件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename section</source>
        <translation>重命名栏目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete section</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge articles</source>
        <translation>合并稿件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Split article</source>
        <translation>拆分稿件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete article</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move to article</source>
        <translation>移到稿件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page furniture</source>
        <translation>版面信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../editor/ui/diff_view.py" line="+201"/>
        <source>Cleaned text</source>
        <translation>整理后文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Green: text that is not in the source as printed; blue: text moved from another place</source>
        <translation>绿色：原文中没有的文字；蓝色：从别处移来的文字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red: source text that is no longer in the article; blue: text moved to another place</source>
        <translation>红色：稿件中已没有的原文文字；蓝色：移到别处的文字</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No article selected.</source>
        <translation>未选择稿件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The text is as printed (only line breaks and spacing differ).</source>
        <translation>文字与原文一致（仅换行和空格不同）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n character(s) moved</source>
        <translation>
            <numerusform>移动了 %n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n character(s) not in the source</source>
        <translation>
            <numerusform>%n 个字不在原文中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source character(s) not in the article</source>
        <translation>
            <numerusform>原文中有 %n 个字不在稿件中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskChangedDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+138"/>
        <source>Project changed on disk</source>
        <translation>磁盘上的项目已被更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was moved or deleted since you opened it.</source>
        <translation>自您打开以来，%1 已被移动或删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed by someone else since you opened or saved it.</source>
        <translation>自您打开或保存以来，%1 已被他人修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite replaces their version with yours (it is kept as a backup). Reload shows their version and discards your unsaved changes. Save elsewhere keeps both.</source>
        <translation>“覆盖”用您的版本替换对方的版本（对方版本留作备份）。“重新载入”显示对方的版本并放弃您未保存的更改。“另存到别处”则两份都保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;elsewhere…</source>
        <translation>另存到别处(&amp;E)…</translation>
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
        <translation>导出版面</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datelines</source>
        <translation>电头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per article</source>
        <translation>每篇稿件一个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack into one zip archive</source>
        <translation>打包为一个 ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>JSON (layout-assistant/edition)</source>
        <translation>JSON（layout-assistant/edition）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (one article per line)</source>
        <translation>JSON Lines（每行一篇稿件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (for a CMS)</source>
        <translation>纯文本（用于内容管理系统）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NITF 3.6 XML (one document per article)</source>
        <translation>NITF 3.6 XML（每篇稿件一个文档）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word 文档（DOCX）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Preview (updating…)</source>
        <translation>预览（正在更新…）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One file.</source>
        <translation>一个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder (created if needed) with one file per article.</source>
        <translation>一个文件夹（如不存在则新建），每篇稿件一个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One zip archive with one document per article.</source>
        <translation>一个 ZIP 压缩包，每篇稿件一个文档。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zip archives</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose where to write the export.</source>
        <translation>请选择导出的写入位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a file this edition was read from: the export would replace it. Choose another name.</source>
        <translation>%1 是本期版面读入的原文件，导出会把它覆盖。请换一个文件名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 files written</source>
        <translation>已写入 %1 / %2 个文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported to %1 in %2.</source>
        <translation>已导出 %1，位于 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) written in %2.</source>
        <translation>
            <numerusform>已在 %2 中写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export stopped after %1 files.</source>
        <translation>导出已停止，已写入 %1 个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed because of an error in the program (%1: %2). Please report it with the edition.</source>
        <translation>由于程序错误，导出失败（%1：%2）。请连同版面文件一起报告此问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preview (the beginning of the first file)</source>
        <translation>预览（第一个文件的开头）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping after the file being written…</source>
        <translation>正在写完当前文件后停止……</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../editor/ui/file_actions.py" line="+79"/>
        <location line="+5"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition could not be read because of an error in the program (%1: %2). Please report it with the file.</source>
        <translation>程序出错，无法读取该版面（%1：%2）。请连同文件一起报告此问题。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the edition&apos;s text</source>
        <translation>请检查本期版面的文本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Project in use</source>
        <translation>项目正被使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 took this project over first; it is opened read-only.</source>
        <translation>%1 已先接管此项目；现以只读方式打开。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lock can be written in the folder of %1 (%2), so others could not see that you are editing it. It is opened read-only: use Save As to keep your changes in a folder you can write to.</source>
        <translation>无法在 %1 所在的文件夹中写入锁文件（%2），其他人将看不到您正在编辑它。现以只读方式打开：请用“另存为”把更改保存到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import edition text (one file per page)</source>
        <translation>导入版面文本（每版一个文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout Assistant projects (*%1);;All files (*)</source>
        <translation>版面助手项目 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This project is open read-only: use Save As to keep your own copy</source>
        <translation>此项目以只读方式打开：请用“另存为”保存您自己的副本</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout Assistant projects (*%1)</source>
        <translation>版面助手项目 (*%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <location line="+15"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>This project is open read-only. Save it under another name.</source>
        <translation>此项目以只读方式打开。请以其他名称保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project taken over</source>
        <translation>项目已被接管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took this project over, so your changes were not saved there. Save them under another name.</source>
        <translation>%1 已接管此项目，您的更改未保存到该文件。请以其他名称保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is open in another window (%2). Choose another name.</source>
        <translation>%1 已在另一个窗口中打开（%2）。请另选名称。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project was not saved: %1

Your changes are still open in this window and the file on disk is as it was. Try Save As in another folder.</source>
        <translation>项目未能保存：%1

您的更改仍在此窗口中，磁盘上的文件保持原样。请尝试“另存为”到其他文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reload project</source>
        <translation>重新载入项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your unsaved changes and show the version on disk?</source>
        <translation>放弃未保存的更改并显示磁盘上的版本吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reloaded %1</source>
        <translation>已重新载入 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was moved or deleted since you opened it.</source>
        <translation>自您打开以来，%1 已被移动或删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project file was changed by someone else; you will be asked before saving over it</source>
        <translation>项目文件已被他人修改；覆盖保存之前会先询问您</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project changed on disk</source>
        <translation>磁盘上的项目已被更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by someone else. Reload it?</source>
        <translation>%1 已被他人修改。要重新载入吗？</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition has changes that are not saved. Save them first?</source>
        <translation>版面有尚未保存的更改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../editor/ui/problem_text.py" line="+25"/>
        <source>The file is empty (or holds only whitespace); choose the edition&apos;s text file.</source>
        <translation>文件是空的（或只有空白）；请选择版面的文本文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a text file (a PDF, a Word document, an image or an archive?); export the edition as plain text first.</source>
        <translation>这不是文本文件（可能是 PDF、Word 文档、图片或压缩包）；请先把版面导出为纯文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text holds NUL bytes, so it is binary or a damaged file; save it again as plain text (UTF-8).</source>
        <translation>文本中含有 NUL 字节，可能是二进制文件或已损坏；请重新存为纯文本（UTF-8）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encoding of this file is not recognised; save it as UTF-8 (or GB18030) text and try again.</source>
        <translation>无法识别此文件的编码；请存为 UTF-8（或 GB18030）文本后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a folder, not a file; choose the edition&apos;s text file.</source>
        <translation>这是文件夹，不是文件；请选择版面的文本文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a device, not a file; choose the edition&apos;s text file.</source>
        <translation>这是设备，不是文件；请选择版面的文本文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than the %1 MB an edition can be; split it into page files.</source>
        <translation>文件超过了一个版面的上限 %1 MB；请按版次拆分成多个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such file; check the path.</source>
        <translation>找不到此文件；请检查路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Layout Assistant project file; open an edition&apos;s text file or a .layout.json project.</source>
        <translation>这不是版面助手的项目文件；请打开版面的文本文件或 .layout.json 项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project was saved by a newer version of Layout Assistant; update the program to open it.</source>
        <translation>此项目由更新版本的版面助手保存；请升级程序后再打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>The project file is damaged.</source>
        <translation>项目文件已损坏。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The project file is damaged or incomplete.</source>
        <translation>项目文件已损坏或不完整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder, not a project file.</source>
        <translation>这是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such project file; check the path.</source>
        <translation>找不到此项目文件；请检查路径。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it leads outside the folder</source>
        <translation>它指向文件夹之外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of that name is in the way</source>
        <translation>已有同名文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the edition was read from this file, and the export would replace it</source>
        <translation>本期版面是从这个文件读入的，导出会把它覆盖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such file or directory</source>
        <translation>找不到文件或文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>文件正被占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown computer</source>
        <translation>未知计算机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 since %3</source>
        <translation>%2 上的 %1（自 %3 起）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%2 上的 %1（进程 %3，自 %4 起）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file cannot be used: %1.</source>
        <translation>无法使用此文件：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file cannot be read; check that you may read it.</source>
        <translation>无法读取此文件；请检查您是否有读取权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read (%1); check that you may read it and that its disk or network folder is there.</source>
        <translation>无法读取此文件（%1）；请检查您是否有读取权限，以及所在磁盘或网络文件夹是否可用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file is damaged (broken JSON at line %1, column %2).</source>
        <translation>项目文件已损坏（第 %1 行第 %2 列的 JSON 有误）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> The previous save is kept in %1.</source>
        <translation>上一次保存的版本在 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It cannot be written here (%1); choose another name or folder for the export.</source>
        <translation>无法写入此处（%1）；请为导出另选文件名或文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It cannot be written here; choose another folder, or check its permissions and free space.</source>
        <translation>无法写入此处；请另选文件夹，或检查写入权限和剩余空间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It cannot be written here (%1); choose another folder, or check its permissions and free space.</source>
        <translation>无法写入此处（%1）；请另选文件夹，或检查写入权限和剩余空间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: each line holds several columns side by side, as an extraction that keeps the page layout writes them (pdftotext -layout, for one); the stories&apos; sentences are mixed line by line and cannot be put back. Extract the text again without keeping the layout, and open that file.</source>
        <translation>%1：每一行都并排排着几栏文字，这是保留版面布局的提取方式（例如 pdftotext -layout）造成的；各篇稿件的句子被逐行混在一起，无法复原。请不保留布局重新提取文本，再打开新文件。</translation>
    </message>
</context>
<context>
    <name>FindReplaceWidget</name>
    <message>
        <location filename="../../editor/ui/find_replace.py" line="+204"/>
        <source>Text to find</source>
        <translation>要查找的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole edition</source>
        <translation>整个版面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current article</source>
        <translation>当前稿件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>a “(” is not closed</source>
        <translation>“(”没有闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a “)” has no “(”</source>
        <translation>“)”没有对应的“(”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat sign has nothing before it</source>
        <translation>重复符号前面没有内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two repeat signs follow each other</source>
        <translation>两个重复符号连在一起</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a “[” is not closed</source>
        <translation>“[”没有闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it ends with a backslash</source>
        <translation>以反斜杠结尾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown escape %1</source>
        <translation>无法识别的转义 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the character range %1 is backwards</source>
        <translation>字符范围 %1 首尾颠倒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the least repeat is more than the most</source>
        <translation>最少重复次数大于最多重复次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a look-behind must have a fixed length</source>
        <translation>向后查找必须是固定长度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no group %1</source>
        <translation>没有第 %1 组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no group named “%1”</source>
        <translation>没有名为“%1”的组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a group name is missing</source>
        <translation>缺少组名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pattern ends too early</source>
        <translation>表达式不完整</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article selected</source>
        <translation>未选择稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>No matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Type the text to find.</source>
        <translation>请输入要查找的文字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>正则表达式无效：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid replacement: %1</source>
        <translation>替换内容无效：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Match %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to change: the text is already the replacement</source>
        <translation>无需更改：文字已与替换内容相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../../editor/ui/finding_text.py" line="+19"/>
        <source>The paragraph ends without sentence punctuation (…{end}) and the next block continues the sentence ({start}…).</source>
        <translation>段落未以句末标点结束（…{end}），下一段接续该句（{start}…）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo caption goes on in the next block ({start}…), which opens no caption of its own: one caption printed in two.</source>
        <translation>图片说明在下一段接续（{start}…），该段不是新的图片说明：同一说明被排成两段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The paragraph cut at “…{end}” goes on at “{start}…”, printed inside “{headline}”: two columns were read across.</source>
        <translation>在“…{end}”处截断的段落接续于“{start}…”，该段误排入“{headline}”：两栏被跨栏读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The headline group “{headline}” sits inside a cut paragraph (…{end} | {start}…); it heads the body printed before it.</source>
        <translation>标题组“{headline}”落在被截断的段落中间（…{end} | {start}…），它是前面正文的标题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The headline “{headline}” sits inside a cut paragraph (…{end} | {start}…); the paragraph is joined again and the headline heads the text printed after it.</source>
        <translation>标题“{headline}”落在被截断的段落中间（…{end} | {start}…）：段落重新接上，标题归后面刊出的正文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{headline}” heads a story of its own: the text after it is signed by {second}, the story before it by {first}.</source>
        <translation>“{headline}”是另一篇稿件的标题：其后的正文署名{second}，前面的稿件署名{first}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body text with no headline ({start}…) continues the article before it.</source>
        <translation>无标题的正文（{start}…）接续上一篇稿件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body text with no headline ({start}…) comes just before “{headline}”.</source>
        <translation>无标题的正文（{start}…）紧挨在“{headline}”之前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body text with no headline ({start}…) follows a finished article.</source>
        <translation>无标题的正文（{start}…）跟在一篇已结束的稿件之后。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body text with no headline ({start}…).</source>
        <translation>无标题的正文（{start}…）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body text with no headline (“{start}…”) ends with its byline: the end of a story that starts on another page.</source>
        <translation>无标题的正文（“{start}…”）以署名结尾：这是一篇从其他版转来的稿件的结尾部分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dateline starts body text that has no headline ({start}…).</source>
        <translation>以电头开始的正文没有标题（{start}…）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dateline “{field}” is glued to the first paragraph.</source>
        <translation>电头“{field}”与首段连在一起。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The byline “{field}” is glued to the last paragraph.</source>
        <translation>署名“{field}”与末段连在一起。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is a dateline, not a paragraph.</source>
        <translation>“{text}”是电头，不是正文。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is a byline, not a paragraph.</source>
        <translation>“{text}”是署名，不是正文。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo credit “{field}” is glued to the caption.</source>
        <translation>图片署名“{field}”与图片说明连在一起。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caption “{caption}…” belongs to “{headline}”.</source>
        <translation>图片说明“{caption}…”属于“{headline}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{out}” continues at “{in}”: the two parts of “{headline}” are one article.</source>
        <translation>“{out}”与“{in}”相接：“{headline}”的两部分是同一篇稿件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is page furniture (a page header or footer).</source>
        <translation>“{text}”是版面信息（页眉或页脚）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article is empty.</source>
        <translation>稿件为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{headline}” has a headline but no text.</source>
        <translation>“{headline}”只有标题，没有正文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split paragraph</source>
        <translation>段落被截断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misplaced headline</source>
        <translation>标题错位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body without headline</source>
        <translation>正文缺标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline in paragraph</source>
        <translation>电头混入正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline in paragraph</source>
        <translation>署名混入正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit in caption</source>
        <translation>图片署名混入说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption away from its article</source>
        <translation>图片说明离开所属稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump continuation</source>
        <translation>转版接续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page furniture</source>
        <translation>版面信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty article</source>
        <translation>空稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No headline</source>
        <translation>缺标题</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../editor/ui/findings_panel.py" line="+165"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location line="-107"/>
        <source>(section)</source>
        <translation>（栏目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(page furniture)</source>
        <translation>（版面信息）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>Current article only</source>
        <translation>仅当前稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only what concerns the article being edited</source>
        <translation>只列出与正在编辑的稿件有关的条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix</source>
        <translation>修复(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply the fix of the selected finding</source>
        <translation>对选中的问题执行修复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected finding from now on</source>
        <translation>今后不再显示选中的问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix &amp;all of this kind</source>
        <translation>修复全部同类问题(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply every finding of the selected kind, as one undo step</source>
        <translation>修复所有同类问题，可一次撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert</source>
        <translation>撤回(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the selected auto-repair</source>
        <translation>撤回选中的自动修复</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Findings (%1)</source>
        <translation>待处理问题 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied repairs (%1)</source>
        <translation>已做修复 (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n 个待处理问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open findings</source>
        <translation>没有待处理问题</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n repair(s) applied on import</source>
        <translation>
            <numerusform>导入时自动修复 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n reverted</source>
        <translation>
            <numerusform>，已撤回 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Fixed: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: the fix no longer applies.</source>
        <translation>无需更改：该修复已不适用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Fixed %n finding(s) of kind “%1”</source>
        <translation>
            <numerusform>已修复 %n 个“%1”问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change for “%1”.</source>
        <translation>“%1”没有需要更改的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reverted: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This repair cannot be reverted: its blocks have changed since.</source>
        <translation>无法撤回该修复：相关文字块已被改动。</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="-77"/>
        <source>Project in use</source>
        <translation>项目正被使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another window.</source>
        <translation>%1 已在另一个窗口中打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by %1.</source>
        <translation>打开者：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That window seems to be gone (its process has ended, or the lock is old). You can take the project over, or open it read-only.</source>
        <translation>那个窗口似乎已不存在（其进程已结束，或锁文件已过期）。您可以接管此项目，或以只读方式打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can open it read-only and save your changes under another name; ask them to close it before you edit it.</source>
        <translation>您可以以只读方式打开并以其他名称保存更改；如需编辑，请先请对方关闭它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take over</source>
        <translation>接管(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="+150"/>
        <source>Edition as opened</source>
        <translation>打开时的版面</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>This project is open read-only; use Save As to keep your own copy</source>
        <translation>此项目以只读方式打开；请用“另存为”保存您自己的副本</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No edition</source>
        <translation>未打开版面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../editor/ui/translations.py" line="+90"/>
        <source>Layout Assistant</source>
        <translation>版面助手</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 proofread</source>
        <translation>已校对 %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article: %1 characters · Edition: %2 characters</source>
        <translation>稿件：%1 字 · 全版：%2 字</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Layout Assistant</source>
        <translation>关于版面助手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Layout Assistant (版面助手)&lt;/h3&gt;&lt;p&gt;Rebuilds the structure of printed newspaper editions from their text, helps editors proofread and repair it, and exports clean structured files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;版面助手&lt;/h3&gt;&lt;p&gt;根据报纸版面的文本重建版面结构，帮助编辑校对和修复，并导出规范的结构化文件。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="-66"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings at least this confident are repaired when an edition is imported; above 1.00 nothing is.</source>
        <translation>导入版面时，自动修复置信度不低于此值的问题；高于 1.00 则不做自动修复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-repair confidence:</source>
        <translation>自动修复置信度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep unsaved work every:</source>
        <translation>未保存工作的留存间隔：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../editor/ui/translations.py" line="-63"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <location filename="../../editor/ui/recovery_actions.py" line="+42"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved work kept for recovery</source>
        <translation>未保存的工作已留存，可供恢复</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No unsaved work to recover</source>
        <translation>没有可恢复的未保存工作</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+133"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These windows closed without saving their work (the program or the computer stopped). Recover one now; Discard deletes the selected work for good; Later keeps it for the next start.</source>
        <translation>以下窗口关闭时未保存工作（程序或计算机意外停止）。现在可恢复其中一项；“丢弃”将永久删除所选工作；“稍后”则留到下次启动时处理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edition or project</source>
        <translation>版面或项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last kept</source>
        <translation>最后留存时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RepairsModel</name>
    <message>
        <location filename="../../editor/ui/findings_panel.py" line="-391"/>
        <source>Reverted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../editor/ui/role_styles.py" line="+59"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subheadline</source>
        <translation>副题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subhead</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo credit</source>
        <translation>图片署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump line</source>
        <translation>转版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section title</source>
        <translation>栏目名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page furniture</source>
        <translation>版面信息</translation>
    </message>
</context>
<context>
    <name>RoleBox</name>
    <message>
        <location line="+94"/>
        <source>Style of the paragraph at the cursor (Ctrl+0…9)</source>
        <translation>光标所在段落的样式（Ctrl+0…9）</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../../editor/ui/source_panel.py" line="+154"/>
        <source>&amp;Page:</source>
        <translation>版次(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original text; click a line to go to its block</source>
        <translation>原始文本；点击某行可跳到对应的文字块</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page %1 — %2</source>
        <translation>第%1版 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source %1</source>
        <translation>原文 %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/ui/controller.py" line="-433"/>
        <source>Not yet proofread</source>
        <translation>待校对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="+158"/>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page furniture (%1)</source>
        <translation>版面信息 (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page headers and footers, which belong to no article</source>
        <translation>不属于任何稿件的页眉和页脚</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(empty article)</source>
        <translation>（空稿件）</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n 个待处理问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(untitled section)</source>
        <translation>（未命名栏目）</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Move article</source>
        <translation>移动稿件</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <location line="+585"/>
        <source>No article matches this filter.
Choose “All articles” above to see them all.</source>
        <translation>没有符合筛选条件的稿件。
在上方选择“全部稿件”可显示所有稿件。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../editor/ui/window_menus.py" line="+243"/>
        <source>&amp;Import text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover unsaved work…</source>
        <translation>恢复未保存的工作(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find and replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo &amp;history</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New article</source>
        <translation>新建稿件(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;section…</source>
        <translation>新建栏目(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename section…</source>
        <translation>重命名栏目(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with previous article</source>
        <translation>与上一篇稿件合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;plit article here</source>
        <translation>从此处拆分稿件(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;article…</source>
        <translation>移到稿件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt article not yet proofread</source>
        <translation>下一篇未校对稿件(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next article</source>
        <translation>下一篇稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous article</source>
        <translation>上一篇稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment…</source>
        <translation>批注(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpand all sections</source>
        <translation>展开全部栏目(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse all sections</source>
        <translation>折叠全部栏目(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Layout Assistant</source>
        <translation>关于版面助手(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;files</source>
        <translation>最近的文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Article</source>
        <translation>稿件(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>改动对照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition as opened</source>
        <translation>打开时的版面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All articles</source>
        <translation>全部稿件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With open findings</source>
        <translation>有待处理问题的稿件</translation>
    </message>
</context>
</TS>
