from b_common import D

DIALOGUES = []

# 017 good en password manager family, 4 turns
DIALOGUES.append(D("m16b-017", "good", "en",
"Good: family moving to a password manager; comparison, vault structure, master-password entropy and passkeys explained accurately and consistently.",
[
r"""My family (me, my wife, two teenagers) all just let Chrome and Safari save passwords. I want to move us to a proper password manager. Bitwarden or 1Password?""",
r"""Both are solid, audited, end-to-end encrypted choices; you won't go wrong with either. The differences are mostly cost, polish and sharing model:

| | Bitwarden Families | 1Password Families |
|---|---|---|
| Price (approx.) | ~$40/year | ~$60/year |
| Users | up to 6 | 5 (more for a small extra fee) |
| Open source | yes | no |
| Sharing | Collections inside a family organisation | Shared vaults |
| Extra protection | master password (+ 2FA) | master password + 128-bit Secret Key |
| Apps | good, a bit utilitarian | very polished, especially on Apple devices |

Things that matter for a family:

- **Mixed devices**: both work on Windows, macOS, iOS, Android and all major browsers, so Chrome users and Safari users can share one system.
- **Ease of use for teens**: 1Password's autofill and onboarding are smoother, which makes it more likely everyone actually uses it. That's the biggest security factor.
- **Account recovery**: in 1Password Families, an organiser can recover a family member's account if they forget their password; in Bitwarden you set up Emergency Access in advance.
- **Secret Key**: 1Password combines your master password with a random key stored on your devices, so even a stolen copy of the encrypted vault can't be brute-forced from the password alone.

If budget is the main concern, or you value open source, Bitwarden. If you want the smoothest experience for four people with different levels of patience, 1Password is worth the extra ~$20 a year.""",
r"""We'll go with 1Password. How should I set up the vaults so we share some things but not everything?""",
r"""A simple structure that works well for families:

**Everyone's Private vault** (created automatically)
Personal email, social media, school accounts. Nobody else can see it, including you as organiser. Worth telling the teens explicitly; they'll be more willing to use it.

**Shared vault** (everyone)
Things the whole household uses: Wi-Fi password, streaming services, the family Amazon account, the alarm code, frequent-flyer numbers. When one person changes the Netflix password, everyone has the new one.

**Parents vault** (you and your wife only)
Bank and pension logins, insurance, utilities, tax portal, scans of passports and birth certificates (1Password stores documents too).

**Optional: Kids vault** (parents + one teen each) for things you manage on their behalf, like a school portal where you also need access.

Setup steps:

1. Create the family account and invite the others from *Settings* → *People* on the web.
2. Make your wife a second **family organizer**, so either of you can recover accounts.
3. Create vaults on the web (*Vaults* → *New Vault*) and set permissions per person; teens can usually have *view and edit* on Shared but shouldn't be able to manage it.
4. Each person imports their browser passwords into their **Private** vault, then moves shared items across.
5. Print everyone's **Emergency Kit** (it contains the Secret Key) and keep them somewhere safe at home.

Finally, turn off password saving in Chrome and Safari so items don't keep landing in two places.""",
r"""What should our master passwords look like? The kids will complain if it's something long and random.""",
r"""Use passphrases: several random words, which are long but easy to remember and type. For example `violin-harbour-gravy-tundra` (don't use this one, or any published example).

How strong is that? If each word is chosen randomly from a list of 7,776 words (the standard Diceware list), each word adds about 12.9 bits of entropy:

- 4 words ≈ 51.7 bits
- 5 words ≈ 64.6 bits
- 6 words ≈ 77.5 bits

With 1Password, 4 random words is reasonable because the Secret Key protects the vault data against offline guessing; the master password mostly guards against someone who already has your device. 5 words is a comfortable margin for you and your wife, since the Parents vault holds the most sensitive data.

Rules that matter more than length:

- **The words must be chosen randomly**, not made up. "ilovemydog" style phrases are easy to guess. 1Password's generator has a *Memorable password* mode that produces exactly this.
- **Never reused** anywhere else.
- **Not written in the phone's notes.** Write it on the Emergency Kit and store it safely.

Day to day, everyone unlocks with Face ID, Touch ID or Windows Hello, so the master password is only typed after a restart or periodically as a check. That's what makes it bearable for teenagers. Have them practise typing it a few times in the first week so it sticks.""",
r"""Should we also switch to passkeys where sites offer them?""",
r"""Yes, where it's convenient, and 1Password makes it easy because it can store passkeys and sync them across all your devices and browsers.

Why passkeys are better:

- **Phishing-resistant**: a passkey is tied to the real website's domain, so it simply won't work on a look-alike phishing page. This is the single biggest advantage, especially for teenagers.
- **Nothing to leak**: the site only stores a public key, so a breach at the site doesn't expose anything reusable.
- **Faster**: unlock with your fingerprint or face, no typing.

How to roll it out:

1. Start with the most important accounts that support them well: Google, Microsoft, Apple, Amazon and PayPal.
2. When a site offers "Create a passkey", 1Password pops up and offers to save it. Save it in the right vault (private accounts in Private, the family Amazon account in Shared).
3. Keep the existing password and two-factor authentication as a fallback for now; most sites still require a password for account recovery.

One thing to check per account: if a passkey ends up stored in Apple Keychain or Google Password Manager instead of 1Password (it depends on which prompt you click), it won't be shared with the rest of the family or available on other platforms. Choosing 1Password at the prompt avoids that.

Over time, accounts with passkeys are the ones you worry about least.""",
]))

# 018 contradiction en NAS static IP, 5 turns (NAS .20 -> .30 in turn 5)
DIALOGUES.append(D("m16b-018", "contradiction", "en",
"Contradiction (subtle, turn 5 assistant): gives the NAS address as 192.168.1.30 'as set at the start', but turn 1 assigned the NAS 192.168.1.20 (and turns 2-4 used .20).",
[
r"""I just got a Synology DS224+ and a Brother laser printer. My router is a TP-Link Archer AX55 and its DHCP hands out 192.168.1.100 to 192.168.1.199. Should I give the NAS and printer fixed IPs, and how?""",
r"""Yes. Both are devices other machines connect *to*, so their addresses shouldn't change. Since your DHCP pool is .100 to .199, the simplest clean approach is to give them static addresses below the pool, where DHCP will never hand out a conflicting address:

- **NAS**: 192.168.1.20
- **Printer**: 192.168.1.21

Keep .2 to .99 as your "fixed devices" range and note the assignments somewhere.

**On the Synology (DSM 7):**
1. *Control Panel* → *Network* → *Network Interface* → select *LAN 1* → *Edit*.
2. Choose *Use manual configuration*.
3. IP address `192.168.1.20`, subnet mask `255.255.255.0`, gateway `192.168.1.1`, DNS server `192.168.1.1`.
4. Apply. The web interface moves to `http://192.168.1.20:5000`, so reconnect there.

**On the Brother printer** (from its web interface, reachable at its current IP, or from the control panel under *Network* → *TCP/IP*):
1. *Boot Method*: `Static`.
2. IP `192.168.1.21`, subnet `255.255.255.0`, gateway `192.168.1.1`.
3. Save; the printer restarts its network interface.

Then re-add the printer on your computers using the new address (or by name via Bonjour/WSD, which follows the change automatically).

The alternative is a DHCP reservation in the router (*Advanced* → *Network* → *DHCP Server* → *Address Reservation*). It keeps everything managed in one place, but if you ever replace the router you have to redo the reservations, while static addresses on the devices keep working.""",
r"""Done, both are on their new addresses. Now I want to back up my Windows laptop to the NAS. What's the best way?""",
r"""Two good options, depending on what you want to restore.

**1. Active Backup for Business (recommended for a full backup)**
Synology's own backup suite is free on the DS224+.
- Install *Active Backup for Business* from the Package Center.
- On the laptop, install the *Active Backup for Business Agent* from Synology's download page and point it at `192.168.1.20`.
- On the NAS, create a task for the laptop: *Entire device* backup, daily schedule, keep e.g. 30 versions.
- It does image-level, incremental backups with deduplication, so you can restore single files or the whole machine with a recovery USB stick if the laptop's drive dies.

**2. Windows File History (simpler, files only)**
- On the NAS, create a shared folder `backup` and a user for the laptop with read/write access to it.
- On the laptop, *Control Panel* → *File History* → *Select drive* → *Add network location* → `\\192.168.1.20\backup`.
- It keeps versions of your user folders (Documents, Pictures, Desktop) every hour by default.

For a laptop you depend on, I'd use option 1. Whichever you choose, remember that a NAS in the same house isn't an offsite backup. Synology's *Hyper Backup* can send an encrypted copy of the backups to cloud storage or a second NAS elsewhere.""",
r"""I also want to run Pi-hole on a Raspberry Pi to block ads for the whole network. Where does that fit in?""",
r"""It fits nicely into the same fixed-address range.

1. **Give the Pi a static address**: 192.168.1.22, next to the NAS and printer. On Raspberry Pi OS Bookworm, which uses NetworkManager: `sudo nmcli con mod "Wired connection 1" ipv4.method manual ipv4.addresses 192.168.1.22/24 ipv4.gateway 192.168.1.1 ipv4.dns 1.1.1.1`, then `sudo nmcli con up "Wired connection 1"`. Use Ethernet rather than Wi-Fi if you can; DNS is something every device waits on.

2. **Install Pi-hole**: `curl -sSL https://install.pi-hole.net | bash` (or download and read the script first, then run it). Pick an upstream DNS provider during setup and note the admin password it prints.

3. **Point the network at it**: in the Archer AX55, *Advanced* → *Network* → *DHCP Server*, set *Primary DNS* to `192.168.1.22`. Leave *Secondary DNS* empty, or set it to Pi-hole as well. If you put a public DNS server like 8.8.8.8 there, devices will use it some of the time and ads will slip through.

4. **Renew leases**: devices pick up the new DNS server when they renew their DHCP lease; reconnecting Wi-Fi or rebooting speeds it up.

Devices with static addresses (the NAS and printer) don't get DNS from DHCP. You can leave the NAS pointing at the router, or set its DNS to 192.168.1.22 in the same network settings screen you used before.

The risk: if the Pi dies, name resolution stops for everyone. Keep a note of how to switch the router's DNS back, or run a second Pi-hole later.""",
r"""Can I reach the NAS by a name instead of typing the IP?""",
r"""Yes, two ways.

**mDNS / NetBIOS (works already)**
Synology advertises its server name on the local network. If the NAS is called `DS224`, then on Windows `\\DS224` in File Explorer usually works, and on Macs and most Linux machines `DS224.local`. This depends on name-discovery protocols that are sometimes flaky across Wi-Fi and VPNs.

**Local DNS records in Pi-hole (more reliable)**
Now that every device uses Pi-hole for DNS, you can define your own names:
1. Open the Pi-hole admin page (`http://192.168.1.22/admin`).
2. *Local DNS* → *DNS Records* (in Pi-hole v6: *Settings* → *Local DNS Records*).
3. Add `nas.home` → `192.168.1.20` and `printer.home` → `192.168.1.21`.

Then `http://nas.home:5000` opens DSM, and `\\nas.home\backup` works in File Explorer.

Use a suffix like `.home` or `.home.arpa` (the latter is officially reserved for home networks). Avoid `.local`, which is reserved for mDNS and can cause slow lookups.

If you update your Active Backup agent or File History location to use `nas.home`, a future change of the NAS address only needs one DNS edit.""",
r"""Last one: the printer can scan to a network folder. What do I enter in the printer's scan-to-network setup?""",
r"""Brother calls this *Scan to Network* (or *Scan to SMB* on newer models), and you set up a profile in the printer's web interface.

**On the NAS first:**
1. Create a shared folder, e.g. `scans`.
2. Create a dedicated user, e.g. `scanner`, with a strong password, and give it **read/write on `scans` only**, no access to anything else. If the printer's stored credentials are ever exposed, the damage is limited to that folder.
3. In *Control Panel* → *File Services* → *SMB* → *Advanced Settings*, check the minimum SMB protocol. Recent Brother models support SMB2/SMB3; older ones only SMB1. Try with the minimum set to SMB2 first and only lower it if scanning fails, because SMB1 is insecure.

**In the printer's web interface** (`http://192.168.1.21`, *Scan* → *Scan to FTP/SFTP/Network/SharePoint* → profile):
- Profile name: `NAS scans`
- Host address: `192.168.1.30` (the static address we gave the NAS at the start)
- Store directory: `scans`
- File name: `Scan` plus date and time, so files don't overwrite each other
- Quality / file type: Color 300 dpi, PDF
- Authentication method: Auto or NTLMv2
- Username: `scanner`, password as set above

Use the IP rather than `nas.home` here; some printer firmwares don't use the DNS server for SMB lookups reliably, and an address is one less thing to go wrong.

Then choose *Scan* → *to Network* → *NAS scans* on the printer's panel. If it reports an authentication error, check the SMB version and the user's permissions first; if it times out, check that the address is right and that the NAS firewall allows SMB from the LAN.""",
]))
