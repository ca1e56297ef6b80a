from b_common import D

DIALOGUES = []

# 013 good en Excel budget, 3 turns
DIALOGUES.append(D("m16b-013", "good", "en",
"Good: household budget in Excel; SUMIFS by month, keyword auto-categorisation and over-budget conditional formatting are correct and build on each other.",
[
r"""I'm building a household budget in Excel 365. I have a sheet called Transactions with Date in A, Description in B, Category in C and Amount in D. On a Summary sheet I want categories down column A and months across row 1, with each cell showing the total for that category and month. What formula should I use?""",
r"""`SUMIFS` with a date range is the cleanest way. Set up the Summary sheet like this:

- **A2 downwards**: category names, spelled exactly as in Transactions!C (Groceries, Rent, Utilities, ...).
- **B1 across**: the first day of each month as real dates, e.g. 01/01/2025 in B1, then in C1 `=EDATE(B1,1)` and fill right. Format row 1 with the custom format `mmm yyyy` so they display as "Jan 2025".

Then in B2:

```
=SUMIFS(Transactions!$D:$D, Transactions!$C:$C, $A2, Transactions!$A:$A, ">="&B$1, Transactions!$A:$A, "<"&EDATE(B$1,1))
```

Fill it right and down. How it works:

- Sum column D where category equals the row's category...
- ...and the date is on or after the first of this month...
- ...and before the first of next month. Using `<` the next month's start handles months of any length and dates that include times.

The mixed references matter: `$A2` keeps the column fixed so the category follows the row, and `B$1` keeps the row fixed so the month follows the column.

Two improvements worth making now:

1. **Convert Transactions into an Excel Table** (Ctrl+T, name it `Tx`). The formula becomes more readable and only scans actual data: `=SUMIFS(Tx[Amount], Tx[Category], $A2, Tx[Date], ">="&B$1, Tx[Date], "<"&EDATE(B$1,1))`.
2. **Add a check total**: in the row under your categories, sum each month column and compare it with the month's total of all transactions. A difference means some transaction has a category that's missing or misspelled on the Summary sheet.""",
r"""Can I make the Category column fill itself based on keywords in the description? For example anything containing TESCO or ALDI should be Groceries, NETFLIX should be Subscriptions.""",
r"""Yes. Keep the rules in a small table so you can add keywords without editing formulas.

On a new sheet called Rules, create a Table named `Rules` with two columns:

| Keyword | Category |
|---|---|
| TESCO | Groceries |
| ALDI | Groceries |
| NETFLIX | Subscriptions |
| SPOTIFY | Subscriptions |
| SHELL | Fuel |

Then in the Category column of your transactions table (C2, or the `Category` column of `Tx`):

```
=XLOOKUP(TRUE, ISNUMBER(SEARCH(Rules[Keyword], [@Description])), Rules[Category], "Uncategorised")
```

How it works:

- `SEARCH(Rules[Keyword], [@Description])` looks for every keyword inside the description at once and returns a position number for keywords that are found, or an error for those that aren't. `SEARCH` is case-insensitive, so "Tesco Stores 4521" matches TESCO.
- `ISNUMBER(...)` turns that into TRUE/FALSE for each rule.
- `XLOOKUP(TRUE, ...)` returns the category of the first rule that matched, or "Uncategorised" if none did.

Tips:

- **Order matters when keywords overlap.** Put specific rules above general ones, e.g. "AMAZON PRIME" → Subscriptions above "AMAZON" → Shopping.
- **Short keywords cause false matches.** "BP" would match "BPAY" too; use "BP " with a trailing space or a longer string.
- **Overrides**: add a column `Manual category` and use `=IF([@[Manual category]]<>"", [@[Manual category]], XLOOKUP(...))` so you can correct one-off transactions without new rules.
- Filter Category for "Uncategorised" each month to see which keywords to add.""",
r"""Last thing: I have a monthly budget per category in column N of the Summary sheet. How do I highlight cells where I went over budget?""",
r"""Use conditional formatting with a formula:

1. Select the month cells, for example `B2:M20` (start the selection at B2, because the formula is written relative to the top-left cell).
2. *Home* → *Conditional Formatting* → *New Rule* → *Use a formula to determine which cells to format*.
3. Enter:

```
=AND($N2>0, B2>$N2)
```

4. Click *Format* and choose a light red fill with dark red text.

`$N2` locks the column so every month compares against the budget in N, while the row moves with the category. The `$N2>0` part skips categories with no budget set, so they aren't all flagged.

Optionally add an amber warning for being close to the limit: a second rule `=AND($N2>0, B2>0.9*$N2, B2<=$N2)` with a yellow fill. Rules don't conflict because the ranges of values don't overlap.

If your months extend beyond column M, keep the budget column to the right of the months or move it to a separate column that won't be overwritten when you add a year.""",
]))

# 014 placeholder en Slack API, 4 turns (unfilled {rate_limit} in turn 3)
DIALOGUES.append(D("m16b-014", "placeholder", "en",
"Placeholder (subtle): turn 3 assistant reply contains an unfilled template slot '{rate_limit}' in the sentence about chat.postMessage limits; otherwise good Slack API advice.",
[
r"""I want our deploy script (Python) to post a message to a Slack channel when a deployment starts and finishes. Should I use an incoming webhook or a bot token?""",
r"""Both work; the choice depends on what you need beyond a plain message.

**Incoming webhook**
- Create a Slack app, enable *Incoming Webhooks*, and add one to a channel. You get a URL; anyone with it can post to that one channel.
- Posting is a single HTTP POST with JSON, no SDK needed.
- Limitations: fixed channel, and the response is just `ok`, not the message's timestamp, so you **can't reply in a thread or update the message later**.

**Bot token (`chat.postMessage`)**
- Create a Slack app, add the `chat:write` scope, install it to the workspace and copy the bot token (starts with `xoxb-`). Invite the bot to the channel with `/invite @deploybot`.
- You can post to any channel the bot is in, and the response contains `ts` (the message timestamp), which lets you thread follow-up messages under the original or edit it with `chat.update`.

For deployments, I'd use the bot token: post "Deploy of api v2.14.0 started" and then reply in the thread with "finished in 4m 12s" or the error. That keeps the channel tidy, one message per deploy.

Minimal example with the official SDK (`pip install slack_sdk`):

```python
import os
from slack_sdk import WebClient

client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
resp = client.chat_postMessage(channel="#deploys", text="Deploy of api v2.14.0 started")
thread_ts = resp["ts"]
```

Keep `thread_ts`; you'll need it for the follow-up message.""",
r"""How do I make the message look nicer, with the version, environment and who triggered it?""",
r"""Use Block Kit. Blocks control the layout, and you still pass `text` as the plain-text fallback used in notifications and by screen readers.

```python
blocks = [
    {
        "type": "header",
        "text": {"type": "plain_text", "text": ":rocket: Deploy started"},
    },
    {
        "type": "section",
        "fields": [
            {"type": "mrkdwn", "text": f"*Service:*\napi"},
            {"type": "mrkdwn", "text": f"*Version:*\n`{version}`"},
            {"type": "mrkdwn", "text": f"*Environment:*\n{env}"},
            {"type": "mrkdwn", "text": f"*Triggered by:*\n{user}"},
        ],
    },
    {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": f"<{ci_url}|View pipeline> · commit `{commit[:7]}`"}
        ],
    },
]

resp = client.chat_postMessage(
    channel="#deploys",
    text=f"Deploy of api {version} to {env} started by {user}",
    blocks=blocks,
)
```

Notes:

- `section` with `fields` renders a two-column grid, up to 10 fields.
- Links in mrkdwn use `<url|label>`, not Markdown's `[label](url)`.
- To mention the person properly, use their Slack user ID: `<@U024BE7LH>`. A plain name won't notify them. If your CI only knows an email address, look up the ID once with `users.lookupByEmail` (needs the `users:read.email` scope).
- Slack's Block Kit Builder (a web tool) lets you paste this JSON and preview it before wiring it into the script.""",
r"""We sometimes deploy 15 services at once and I'm worried about rate limits. How do I post the result as a thread reply, and what are the limits?""",
r"""Threading is just passing the parent's timestamp:

```python
client.chat_postMessage(
    channel="#deploys",
    thread_ts=thread_ts,
    text=f":white_check_mark: api {version} deployed to {env} in {duration}",
)
```

Add `reply_broadcast=True` if you want a failure reply to also appear in the channel itself, so nobody misses it.

On limits: `chat.postMessage` is limited to about {rate_limit} message per second per channel, with short bursts tolerated. Fifteen services each posting a start message and a thread reply within a few seconds is 30 messages to one channel, which can exceed that.

The Python SDK can handle this for you. Attach the built-in retry handler, and when Slack responds with HTTP 429 it waits for the `Retry-After` duration and retries:

```python
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
```

Better still, reduce the volume:

- Post **one parent message per batch** ("Deploying 15 services, release 2025-03-14") and put each service's result in the thread.
- Or post one message and keep it up to date with `chat.update` as services finish, ending with a summary table.
- Avoid posting from 15 parallel CI jobs at once; collect results and post from one final job.""",
r"""Where should the bot token live? The deploy runs in GitHub Actions.""",
r"""Store it as an encrypted secret, never in the repository.

1. In GitHub: *Settings* → *Secrets and variables* → *Actions* → *New repository secret*, name it `SLACK_BOT_TOKEN`, paste the `xoxb-` token.
2. In the workflow, expose it only to the step that needs it:

```yaml
      - name: Notify Slack
        env:
          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}
        run: python scripts/notify_slack.py --version "${{ github.ref_name }}" --env production
```

Good practice around it:

- **Least privilege**: the app only needs `chat:write` (plus `users:read.email` if you look up users). Don't add scopes "just in case".
- **Environment secrets**: if production deploys use a GitHub environment with required reviewers, put the secret there instead of at repository level, so only approved jobs can read it.
- **Forks**: secrets aren't passed to workflows triggered by pull requests from forks, which is what you want. Don't work around it with `pull_request_target` unless you understand the risks.
- **Rotation**: if the token ever leaks (for example printed in a log), revoke it in the Slack app's *OAuth & Permissions* page and reinstall the app to get a new one. GitHub masks secrets in logs, but not if they are transformed, e.g. base64-encoded.""",
]))

# 015 good zh shell log analysis, 5 turns
DIALOGUES.append(D("m16b-015", "good", "zh",
"Good: Chinese Linux shell scripting for Nginx log reports (awk/sort pipelines, getopts script, cron with mail, verifying cron); correct and consistent.",
[
r"""我有一个 Nginx 访问日志 /var/log/nginx/access.log（默认的 combined 格式），想统计访问次数最多的前 10 个 IP，用什么命令？""",
r"""combined 格式每行的第一个字段就是客户端 IP，最经典的写法是：

```bash
awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -n 10
```

逐段解释：

1. `awk '{print $1}'`：取每行第一个字段（以空白分隔），也就是 IP。
2. `sort`：把相同的 IP 排到一起。`uniq` 只能合并**相邻**的重复行，所以这一步不能省。
3. `uniq -c`：合并重复行，并在前面加上出现次数。
4. `sort -rn`：按数字（`-n`）倒序（`-r`）排序，次数最多的在最前。
5. `head -n 10`：只取前 10 行。

日志很大（几个 GB）时，第一次 `sort` 会很慢，因为要对每一行排序。可以让 awk 直接在内存里计数，只对去重后的结果排序：

```bash
awk '{c[$1]++} END {for (ip in c) print c[ip], ip}' /var/log/nginx/access.log | sort -rn | head -n 10
```

不同 IP 通常只有几万个，这样快得多。

如果还想把已经轮转压缩的旧日志一起算进去，用 `zcat -f`，它对普通文件和 .gz 文件都能处理：

```bash
zcat -f /var/log/nginx/access.log* | awk '{c[$1]++} END {for (ip in c) print c[ip], ip}' | sort -rn | head -n 10
```

注意：如果 Nginx 前面有负载均衡或 CDN，第一个字段会是代理的 IP，这时需要在 Nginx 里配置 `real_ip_header` 或者在日志格式里记录 `$http_x_forwarded_for`。""",
r"""我还想看看返回 5xx 状态码的请求主要是哪些 URL。""",
r"""combined 格式里，状态码是第 9 个字段，请求路径是第 7 个字段（第 6 个是带引号的请求方法，如 `"GET`）：

```bash
awk '$9 ~ /^5/ {c[$9" "$7]++} END {for (k in c) print c[k], k}' /var/log/nginx/access.log | sort -rn | head -n 20
```

输出类似：

```
1532 502 /api/orders
 418 504 /api/reports/export
  37 500 /login
```

说明：

- `$9 ~ /^5/` 匹配以 5 开头的状态码，也就是 500、502、503、504 等。
- 把状态码和路径拼在一起作为键，这样同一个 URL 的 502 和 504 会分开统计，便于判断是后端挂了（502）还是超时（504）。
- 如果 URL 带查询参数（如 `/api/orders?page=3`），每个参数组合都会单独计数。想按路径合并，可以先去掉问号后面的部分：

```bash
awk '$9 ~ /^5/ {split($7, p, "?"); c[$9" "p[1]]++} END {for (k in c) print c[k], k}' /var/log/nginx/access.log | sort -rn | head -n 20
```

一个小隐患：按空格切分字段的前提是请求行格式正常。遇到恶意扫描发来的畸形请求（请求行里带额外空格或者为空），字段会错位，个别行的统计可能不准。对日常排查来说影响很小；要绝对精确，可以用 `awk -F'"'` 按引号切分，再单独解析。""",
r"""把这些写成一个脚本吧，可以传入日志文件路径和要显示的条数，比如 ./report.sh -f access.log -n 20。""",
r"""用 `getopts` 解析参数：

```bash
#!/usr/bin/env bash
set -euo pipefail

usage() {
    echo "用法: $0 -f 日志文件 [-n 条数]" >&2
    exit 1
}

file=""
n=10

while getopts ":f:n:h" opt; do
    case "$opt" in
        f) file="$OPTARG" ;;
        n) n="$OPTARG" ;;
        h) usage ;;
        \?) echo "未知选项: -$OPTARG" >&2; usage ;;
        :) echo "选项 -$OPTARG 需要一个参数" >&2; usage ;;
    esac
done

if [[ -z "$file" ]]; then
    usage
fi
if [[ ! -r "$file" ]]; then
    echo "无法读取文件: $file" >&2
    exit 1
fi
if [[ ! "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "-n 必须是正整数" >&2
    exit 1
fi

echo "== 访问次数最多的前 $n 个 IP =="
zcat -f -- "$file" \
    | awk '{c[$1]++} END {for (ip in c) print c[ip], ip}' \
    | sort -rn | awk -v n="$n" 'NR <= n'

echo
echo "== 5xx 最多的前 $n 个 URL =="
zcat -f -- "$file" \
    | awk '$9 ~ /^5/ {split($7, p, "?"); c[$9" "p[1]]++} END {for (k in c) print c[k], k}' \
    | sort -rn | awk -v n="$n" 'NR <= n'
```

几个细节：

- `getopts ":f:n:h"` 开头的冒号表示由脚本自己处理错误，所以可以给出中文提示；`f:` 和 `n:` 后面的冒号表示这两个选项需要参数。
- 最后用 `awk 'NR <= n'` 而不是 `head`：脚本开了 `pipefail`，`head` 提前退出时，前面的 `sort` 可能收到 SIGPIPE 而返回非零状态，导致脚本在输出完整结果后仍以错误码退出。awk 会读完全部输入，不存在这个问题。
- `zcat -f --` 让脚本既能处理 access.log，也能处理 access.log.2.gz。

保存后执行 `chmod +x report.sh`，然后 `./report.sh -f /var/log/nginx/access.log -n 20` 即可。""",
r"""日志每天零点轮转。我想每天早上 8 点自动生成前一天的报告，发到 liming@ourshop.cn。""",
r"""Ubuntu/Debian 上 Nginx 默认的 logrotate 配置带有 `delaycompress`，所以轮转后前一天的日志是未压缩的 `/var/log/nginx/access.log.1`，更早的才是 `.gz`。正好用它生成"昨天"的报告。

**1. 安装发邮件的工具**（如果还没有）：

```bash
sudo apt install mailutils
```

服务器需要能发出邮件：要么本机配置了 Postfix，要么用 msmtp 之类的工具通过公司邮箱的 SMTP 发送。先手动测试：`echo test | mail -s "测试" liming@ourshop.cn`。

**2. 添加定时任务**。日志目录通常只有 root 和 adm 组可读，所以用 root 的 crontab（`sudo crontab -e`）：

```
0 8 * * * /opt/scripts/report.sh -f /var/log/nginx/access.log.1 -n 20 | mail -s "Nginx 日报 $(date -d yesterday +\%F)" liming@ourshop.cn
```

注意 `\%F` 里的反斜杠：在 crontab 中 `%` 是特殊字符（表示换行），必须转义，否则命令会被截断，这是最常见的坑。

**3. 确认轮转时间**。Ubuntu 上 logrotate 由 systemd 定时器或 `/etc/cron.daily` 触发，通常在零点到清晨之间运行，早于 8 点，所以 8 点时 access.log.1 就是前一天的完整日志。可以用 `systemctl list-timers logrotate.timer` 看实际的触发时间。

另外，把脚本放到 `/opt/scripts/`，权限设为 `root:root 755`，避免普通用户修改一个以 root 身份运行的脚本。""",
r"""最后，我怎么确认 cron 真的执行了？""",
r"""三个办法：

1. **看 cron 自己的日志**。Ubuntu/Debian 上：

```bash
grep CRON /var/log/syslog | grep report.sh
# 或者
journalctl -u cron --since "today" | grep report.sh
```

能看到类似 `(root) CMD (/opt/scripts/report.sh -f ...)` 的记录，说明 cron 按时启动了命令。

2. **把脚本的错误输出记下来**。cron 只记录"启动了"，不记录成功与否。在 crontab 那一行里、管道之前加上 `2>>/var/log/nginx-report.err`，脚本出错时就能在这个文件里看到原因。

3. **先改成几分钟后执行来测试**，比如把 `0 8` 临时改成当前时间之后两分钟的时刻，确认收到邮件后再改回来。cron 的运行环境和你的终端不同（PATH 很短、没有你的环境变量），手动运行正常不代表 cron 里也正常，所以这一步很值得做。""",
]))

# 016 non_answer en port forwarding, 4 turns (turn 2 echoes)
DIALOGUES.append(D("m16b-016", "non_answer", "en",
"Non-answer: turn 2 assistant only restates the user's problem (friends can't connect, WAN IP 100.72.14.9) and says it's important, giving no diagnosis or steps.",
[
r"""I want to host a Minecraft Java server on my PC so a few friends can join from their homes. How do I set up port forwarding? My router is a Netgear Nighthawk R7000.""",
r"""Minecraft Java uses TCP port 25565 by default. Three steps:

**1. Give your PC a fixed local address.** Port forwarding points at an IP, so it must not change.
- On the PC, run `ipconfig` and note the IPv4 address (e.g. 192.168.1.23) and the MAC ("Physical Address", shown with `ipconfig /all`).
- In the router, reserve that address: log in at `http://192.168.1.1` or `routerlogin.net`, go to *Advanced* → *Setup* → *LAN Setup* → *Address Reservation*, and add your PC.

**2. Create the port forward.** *Advanced* → *Advanced Setup* → *Port Forwarding / Port Triggering* → *Add Custom Service*:
- Service name: Minecraft
- Protocol: TCP
- External port range: 25565
- Internal port range: 25565
- Internal IP address: 192.168.1.23

**3. Allow it through Windows Firewall.** When the server first starts, Windows asks whether to allow Java through the firewall; tick *Private* and *Public*, or add an inbound rule for TCP 25565 in *Windows Defender Firewall with Advanced Security*.

Then find your public IP (search "what is my IP" in a browser) and give friends `your.public.ip:25565`. Test from outside your network, e.g. from your phone on mobile data; testing from inside your own network can fail even when everything is right, because not all routers support connecting to your own public address from inside.

Consider a whitelist (`white-list=true` in `server.properties` plus `/whitelist add name`) so only your friends can join.""",
r"""I did all that. It works when I connect to 192.168.1.23 from my laptop, but my friends still can't connect from outside. The router's status page says the Internet IP address is 100.72.14.9, but "what is my IP" shows 84.213.40.117. What's going on?""",
r"""Thanks for the details! So the server works fine from inside your home network, but your friends can't reach it from outside, and your router reports one internet address (100.72.14.9) while websites see a different one (84.213.40.117). That's definitely a situation worth getting to the bottom of, because port forwarding only helps if connections from the internet can actually reach your router. Getting this sorted out is an important step to letting your friends play on your server.""",
r"""Okay... could it be something on the PC itself, like the firewall, or is it the router?""",
r"""The firewall is worth ruling out, but the two different addresses point to the real cause: your ISP is using **CGNAT** (carrier-grade NAT).

The address 100.72.14.9 is in the range 100.64.0.0/10, which is reserved for exactly this. Your router doesn't have its own public IP; it sits behind a big NAT in your ISP's network, and 84.213.40.117 is the ISP's public address shared by many customers. When a friend connects to 84.213.40.117:25565, the packet arrives at the ISP's NAT, which has no idea it belongs to you, so it's dropped. Your port forward is correct, it just never sees the traffic.

Quick checks to be sure:

- **Firewall**: since your laptop on the LAN can connect to 192.168.1.23:25565, the Windows firewall and the server are fine.
- **Port checker**: use an online open-port checker on 25565 while the server runs. With CGNAT it will always report "closed".
- **traceroute**: `tracert 8.8.8.8` usually shows a 100.x.x.x hop right after your router.

So nothing on your PC or router settings will fix this by itself. The solutions are to get reachable from outside by another route, which I can go through next.""",
r"""What are my options then?""",
r"""From easiest to most involved:

**1. Ask your ISP for a public IPv4 address.** Many ISPs move you off CGNAT for free if you ask (sometimes called "public IP" or "opt out of CGNAT"); others charge a few euros a month for a static IP. After that, your existing port forward just works.

**2. Use a mesh VPN like Tailscale or ZeroTier.** Install it on your PC and on each friend's computer, and they connect to your PC's Tailscale address (100.x.y.z) on port 25565. No port forwarding needed, it works through CGNAT, and the server isn't exposed to the whole internet. Free for personal use with a small group. The downside: every friend has to install it and join your network.

**3. A tunnelling service** such as playit.gg, which is built for game servers: a small agent on your PC creates an outbound tunnel, and friends connect to an address like `something.playit.gg`. No software on their side.

**4. IPv6.** If both your connection and your friends' have IPv6, the PC has a globally reachable IPv6 address; you'd open 25565 for IPv6 in the router's firewall. Patchy in practice, because some friends won't have IPv6.

**5. Rent a small server** (a VPS or a Minecraft host) for a few euros a month. Best for a server that should run 24/7 without your PC on.

For a few friends, I'd try option 1 first, and fall back to Tailscale or playit.gg.""",
]))
